package org.shangmen.booking.domain.series;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.domain.OrderPolicy;
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
                     Instant createdAt, int version, Optional<OrderPolicy> policy, Plan plan) {

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

    /**
     * Where the current cadence counts from: visits are planned on the cadence from {@code from} on,
     * after the {@code before} visits planned under an earlier cadence; {@code replaced} visits were
     * voided by a change from a date on and do not count towards the series' number of visits.
     */
    public record Plan(LocalDate from, int before, int replaced) {
        public static Plan from(LocalDate first) {
            return new Plan(first, 0, 0);
        }
    }

    public Series {
        items = List.copyOf(items);
        plan = plan == null ? Plan.from(firstDate) : plan;
        policy = policy == null ? Optional.empty() : policy;
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
        int limit = visits.orElse(MAX_VISITS) - (planned.size() - plan.replaced());
        if (limit <= 0) {
            return this;
        }
        int underThisCadence = planned.size() - plan.before();
        List<LocalDate> dates = cadence.dates(plan.from(), until, underThisCadence + limit).stream()
                .skip(underThisCadence).limit(limit).toList();
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
                cadence, firstDate, startTime, visits, status, planned, createdAt, version, policy, plan);
    }

    /**
     * C2.4 the series changed from {@code from} on: every visit on or after that day is voided (the
     * caller cancels their orders), later visits follow the new cadence, start time and preferred worker;
     * earlier visits stay as they are. A weekly or fortnightly cadence with one weekday moves to that weekday.
     */
    public Series changedFrom(LocalDate from, Cadence newCadence, LocalTime newStart, Optional<UUID> newWorker) {
        List<SeriesVisit> next = new ArrayList<>();
        int voided = 0;
        for (SeriesVisit v : planned) {
            if (!v.start().atZone(Zones.CHINA).toLocalDate().isBefore(from)) {
                voided++;
                next.add(v.with(SeriesVisit.Status.CANCELLED, v.orderId()));
            } else {
                next.add(v);
            }
        }
        LocalDate anchor = from;
        if (newCadence.kind() != Cadence.Kind.WEEKDAYS) {
            java.time.DayOfWeek day = newCadence.weekdays().size() == 1 ? newCadence.weekdays().iterator().next()
                    : plan.from().getDayOfWeek();
            anchor = from.with(java.time.temporal.TemporalAdjusters.nextOrSame(day));
        }
        return new Series(id, customerId, items, district, communityId, point, addressDetail, contactName, requirements, newWorker,
                newCadence, firstDate, newStart, visits, status, next, createdAt, version, policy,
                new Plan(anchor, next.size(), plan.replaced() + voided));
    }

    public boolean isOpen() {
        return status != Status.CANCELLED;
    }

    private Series with(Status newStatus, List<SeriesVisit> visitsNow) {
        return new Series(id, customerId, items, district, communityId, point, addressDetail, contactName, requirements, preferredWorkerId,
                cadence, firstDate, startTime, visits, newStatus, visitsNow, createdAt, version, policy, plan);
    }
}
