package org.shangmen.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.app.support.Statements;
import org.shangmen.app.support.Statements.Counted;
import org.shangmen.booking.application.port.in.FindSlots;
import org.shangmen.booking.application.port.in.FindSlots.SlotAnswer;
import org.shangmen.booking.application.port.in.FindSlots.SlotQuery;
import org.shangmen.booking.application.port.in.QuoteBasket.BasketLine;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.TimeRange;
import org.shangmen.worker.WorkerJourneys;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkerCalendar;
import org.shangmen.worker.application.port.in.DefineServiceAreas;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * A slot search costs a fixed, small number of SQL statements whatever the number of days, items and
 * workers: every statement the search issues through Jdbi on the calling thread is counted.
 */
@PlatformTest
class SlotSearchStatementsTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final RegionCode NANSHAN = RegionCode.of("440305");
    private static final int MOST_STATEMENTS = 4;

    @Autowired
    Jdbi jdbi;
    @Autowired
    FindSlots slots;
    @Autowired
    WorkerCalendar calendar;
    @Autowired
    DefineServiceAreas areas;
    @Autowired
    OperatorAdministration operators;
    @Autowired
    MutableClock clock;
    @Autowired
    Http http;

    private UUID itemId(String code) {
        for (JsonNode category : http.get("/api/v1/public/catalogue").send().json().path("categories")) {
            for (JsonNode item : category.path("items")) {
                if (code.equals(item.path("code").asString())) {
                    return UUID.fromString(item.path("id").asString());
                }
            }
        }
        throw new AssertionError("no active item " + code);
    }

    private static Map<String, Object> week() {
        Map<String, Object> days = new LinkedHashMap<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY")) {
            days.put(day, List.of(Map.of("start", "08:00", "end", "12:00"), Map.of("start", "13:00", "end", "18:00")));
        }
        return Map.of("days", days);
    }

    private <T> Counted<T> counted(Supplier<T> action) {
        return Statements.counted(jdbi, action);
    }

    /** A certified worker in Nanshan with weekly hours, a booking and leave, so that every part of the calendar has rows. */
    private UUID workerWithCalendar() {
        WorkerJourneys workers = new WorkerJourneys(http);
        String token = workers.approvedWorker("李秀英", operators);
        Http.Reply hours = http.put("/api/v1/worker/schedule/weekly-hours", Http.json(week())).bearer(token).send();
        assertThat(hours.status()).as(hours.body()).isEqualTo(200);
        UUID workerId = workers.workerId(token);
        LocalDate day = LocalDate.now(clock.withZone(SHANGHAI)).plusDays(3);
        calendar.book(workerId, UUID.randomUUID(), TimeRange.of(day.atTime(9, 0).atZone(SHANGHAI).toInstant(), Duration.ofHours(2)));
        Http.Reply leave = http.post("/api/v1/worker/schedule/exceptions", Http.json(Map.of("date", day.plusDays(1).toString(),
                "kind", "LEAVE", "window", Map.of("start", "13:00", "end", "18:00"), "note", "家中有事"))).bearer(token).send();
        assertThat(leave.status()).as(leave.body()).isEqualTo(200);
        return workerId;
    }

    @Test
    @DisplayName("C2.3 one slot search costs at most four SQL statements, whatever the number of days, items and workers")
    void slotSearchStatements() {
        workerWithCalendar();
        List<BasketLine> one = List.of(new BasketLine(itemId("daily-cleaning"), Map.of()));
        List<BasketLine> two = List.of(new BasketLine(itemId("daily-cleaning"), Map.of()), new BasketLine(itemId("nanny"), Map.of()));
        UUID community = areas.addCommunity(new DefineServiceAreas.AddCommunity(NANSHAN,
                "计数花园-" + UUID.randomUUID().toString().substring(0, 8), new GeoPoint(22.53, 113.94))).id();
        slots.find(new SlotQuery(one, NANSHAN, Optional.empty(), Optional.empty(), 1, false)); // the settings are kept in memory after this

        // From tomorrow: a search of today alone reads no calendar once the minimum notice passes midnight (late evening).
        Optional<LocalDate> tomorrow = Optional.of(LocalDate.now(clock.withZone(SHANGHAI)).plusDays(1));
        List<Integer> counts = new ArrayList<>();
        for (int days : List.of(1, 14, 31)) {
            for (List<BasketLine> basket : List.of(one, two)) {
                for (Optional<UUID> near : List.of(Optional.<UUID>empty(), Optional.of(community))) {
                    Counted<SlotAnswer> search = counted(() -> slots.find(new SlotQuery(basket, NANSHAN, near, tomorrow, days, false)));
                    assertThat(search.statements())
                            .as("%d days, %d items, community %s: %s", days, basket.size(), near.isPresent(), search.statements())
                            .hasSizeLessThanOrEqualTo(MOST_STATEMENTS)
                            .as("the catalogue, the district and the calendar are read: the count sees them").hasSizeGreaterThanOrEqualTo(3);
                    if (basket == one && days >= 14) {
                        assertThat(search.answer().slots()).as("our worker's hours are offered").isNotEmpty();
                    }
                    counts.add(search.statements().size());
                }
            }
        }
        Counted<SlotAnswer> asap = counted(() -> slots.find(new SlotQuery(one, NANSHAN, Optional.empty(), Optional.empty(), 1, true)));
        assertThat(asap.statements()).as("as soon as possible: %s", asap.statements()).hasSizeLessThanOrEqualTo(MOST_STATEMENTS);
        assertThat(counts).as("the same whatever the days").containsOnly(counts.getFirst());
    }

    @Test
    @DisplayName("C2.3 the calendar's one-statement read of eligible workers and their free time equals the reads one by one")
    void eligibleFreeTimeAsOneByOne() {
        UUID ours = workerWithCalendar();
        Instant from = LocalDate.now(clock.withZone(SHANGHAI)).plusDays(1).atStartOfDay(SHANGHAI).toInstant();
        TimeRange range = new TimeRange(from, from.plus(Duration.ofDays(14)));
        for (List<WorkerCalendar.Requirement> needs : List.of(
                List.of(new WorkerCalendar.Requirement(Skill.DAILY_CLEANING, Set.of())),
                List.of(new WorkerCalendar.Requirement(Skill.DAILY_CLEANING, EnumSet.of(CertificateType.HOUSEKEEPER))),
                List.of(new WorkerCalendar.Requirement(Skill.DAILY_CLEANING, Set.of()),
                        new WorkerCalendar.Requirement(Skill.ELDERLY_CARE, Set.of())))) {
            Map<UUID, List<TimeRange>> together = calendar.eligibleFreeTime(needs, NANSHAN, range);
            WorkerCalendar oneByOne = new WorkerCalendar() {
                @Override
                public List<UUID> eligibleWorkers(Skill skill, RegionCode district, Set<CertificateType> required) {
                    return calendar.eligibleWorkers(skill, district, required);
                }

                @Override
                public Map<UUID, List<TimeRange>> freeTime(java.util.Collection<UUID> workerIds, TimeRange r) {
                    return calendar.freeTime(workerIds, r);
                }

                @Override
                public void book(UUID workerId, UUID orderId, TimeRange time) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public void release(UUID orderId) {
                    throw new UnsupportedOperationException();
                }
            };
            Map<UUID, List<TimeRange>> separately = oneByOne.eligibleFreeTime(needs, NANSHAN, range);
            assertThat(together).as("needs %s", needs).isEqualTo(separately);
            if (needs.size() == 1 && needs.getFirst().certificates().isEmpty()) {
                assertThat(together).as("our worker is eligible").containsKey(ours);
                assertThat(together.get(ours)).as("our worker has free time around the booking and the leave").isNotEmpty();
            }
        }
    }
}
