package org.shangmen.booking.domain.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.booking.domain.OrderPolicy;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.Zones;

class SeriesTest {

    static final LocalDate FIRST = LocalDate.of(2026, 12, 1); // a Tuesday

    private static Series weekly(int visits) {
        return new Series(UUID.randomUUID(), UUID.randomUUID(), List.of(new Series.Line(UUID.randomUUID(), Map.of("hours", 2))),
                RegionCode.of("440305"), Optional.empty(), Optional.of(new GeoPoint(22.5, 113.9)), "3栋", "周女士", "", Optional.empty(),
                new Cadence(Cadence.Kind.WEEKLY, Set.of()), FIRST, LocalTime.of(9, 0), Optional.of(visits), Series.Status.ACTIVE, List.of(),
                Instant.EPOCH, 0, Optional.of(OrderPolicy.STANDARD), null);
    }

    private static LocalDate day(SeriesVisit v) {
        return v.start().atZone(Zones.CHINA).toLocalDate();
    }

    @Test
    @DisplayName("C2.4 a series changed from a date on: visits from that day void, later ones on the new weekday and time, "
            + "earlier ones kept, the number of visits still counted without the voided ones")
    void changedFromADate() {
        Series planned = weekly(8).planUntil(FIRST.plusWeeks(3));
        assertThat(planned.planned()).hasSize(4);
        Series changed = planned.changedFrom(FIRST.plusWeeks(2), new Cadence(Cadence.Kind.WEEKLY, Set.of(DayOfWeek.THURSDAY)),
                LocalTime.of(14, 0), Optional.empty());
        assertThat(changed.planned()).extracting(SeriesVisit::status).containsExactly(SeriesVisit.Status.PLANNED, SeriesVisit.Status.PLANNED,
                SeriesVisit.Status.CANCELLED, SeriesVisit.Status.CANCELLED);
        assertThat(changed.planned().get(0)).isEqualTo(planned.planned().get(0));
        Series replanned = changed.planUntil(FIRST.plusWeeks(10));
        List<SeriesVisit> later = replanned.planned().subList(4, replanned.planned().size());
        assertThat(later).as("8 visits in all: 2 kept and 6 new").hasSize(6);
        assertThat(day(later.get(0))).isEqualTo(FIRST.plusWeeks(2).plusDays(2));
        assertThat(later).allSatisfy(v -> {
            assertThat(day(v).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
            assertThat(v.start().atZone(Zones.CHINA).toLocalTime()).isEqualTo(LocalTime.of(14, 0));
        });
        assertThat(replanned.policy()).contains(OrderPolicy.STANDARD);
    }
}
