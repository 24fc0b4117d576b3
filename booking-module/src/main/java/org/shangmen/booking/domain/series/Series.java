package org.shangmen.booking.domain.series;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.Zones;

/**
 * C2.4 a recurring plan (周期服务): the same basket at the same address and start time on a cadence,
 * for {@code visits} visits or until cancelled (empty), asking {@code preferredWorkerId} first for
 * every visit. Each visit becomes a normal order within the horizon ahead.
 */
public record Series(UUID id, UUID customerId, List<Line> items, RegionCode district, Optional<UUID> communityId, Optional<GeoPoint> point,
                     String addressDetail, String contactName, String requirements, Optional<UUID> preferredWorkerId, Cadence cadence,
                     LocalDate firstDate, LocalTime startTime, Optional<Integer> visits, Status status, List<SeriesVisit> planned,
                     Instant createdAt, int version) {

    public static final int MAX_VISITS = 104;

    public enum Status {
        ACTIVE, PAUSED, CANCELLED
    }

    /** One basket line: an item with the customer's options. */
    public record Line(UUID itemId, Map<String, Object> options) {
        public Line {
            options = Map.copyOf(options);
        }
    }

    public Series {
        items = List.copyOf(items);
        planned = List.copyOf(planned);
        if (visits.isPresent() && (visits.get() < 1 || visits.get() > MAX_VISITS)) {
            throw DomainException.invalid("booking.series-visits-invalid", MAX_VISITS);
        }
    }

    /** Visits not yet planned whose date is on or before {@code until}, appended in order. */
    public Series planUntil(LocalDate until) {
        if (status != Status.ACTIVE) {
            return this;
        }
        int limit = visits.orElse(MAX_VISITS) - planned.size();
        if (limit <= 0) {
            return this;
        }
        List<LocalDate> dates = cadence.dates(firstDate, until, visits.orElse(MAX_VISITS)).stream()
                .skip(planned.size()).limit(limit).toList();
        List<SeriesVisit> next = new ArrayList<>(planned);
        for (LocalDate d : dates) {
            next.add(new SeriesVisit(next.size() + 1, d.atTime(startTime).atZone(Zones.CHINA).toInstant(), SeriesVisit.Status.PLANNED,
                    Optional.empty()));
        }
        return with(status, next);
    }

    public SeriesVisit visit(int seq) {
        return planned.stream().filter(v -> v.seq() == seq).findFirst()
                .orElseThrow(() -> DomainException.notFound("booking.series-visit-not-found"));
    }

    public Series replace(SeriesVisit visit) {
        return with(status, planned.stream().map(v -> v.seq() == visit.seq() ? visit : v).toList());
    }

    public Series withStatus(Status newStatus) {
        return with(newStatus, planned);
    }

    /** The series goes on without a preferred worker: every later visit goes down the dispatch ladder. */
    public Series withoutPreferredWorker() {
        return new Series(id, customerId, items, district, communityId, point, addressDetail, contactName, requirements, Optional.empty(),
                cadence, firstDate, startTime, visits, status, planned, createdAt, version);
    }

    public boolean isOpen() {
        return status != Status.CANCELLED;
    }

    private Series with(Status newStatus, List<SeriesVisit> visitsNow) {
        return new Series(id, customerId, items, district, communityId, point, addressDetail, contactName, requirements, preferredWorkerId,
                cadence, firstDate, startTime, visits, newStatus, visitsNow, createdAt, version);
    }
}
