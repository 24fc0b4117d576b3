package org.shangmen.worker.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.TimeRange;

/**
 * Workers' time, for booking and dispatch: who may take an item in an area, when they are free, and
 * booking their time for an order inside the caller's transaction. Reads are in bulk: a fixed number
 * of queries whatever the number of workers.
 */
public interface WorkerCalendar {

    /**
     * Certified, active (not suspended or removed) workers who are not resting (休息中), with the skill, who serve the district and
     * hold each required certificate, valid today: an expired certificate makes a worker ineligible
     * for the items that require it.
     */
    List<UUID> eligibleWorkers(Skill skill, RegionCode district, java.util.Set<CertificateType> requiredCertificates);

    /** Each worker's free time in the range: weekly hours plus extra time, minus leave and bookings. */
    Map<UUID, List<TimeRange>> freeTime(Collection<UUID> workerIds, TimeRange range);

    /** One skill a visit needs and the certificates it requires. */
    record Requirement(Skill skill, java.util.Set<CertificateType> certificates) {
        public Requirement {
            certificates = java.util.Set.copyOf(certificates);
        }
    }

    /**
     * The workers eligible for every requirement in the district (as {@link #eligibleWorkers}), each with
     * their free time in the range (as {@link #freeTime}; an empty list when none), in account order.
     * The calendar reads it in one statement whatever the number of workers, requirements and days.
     */
    default Map<UUID, List<TimeRange>> eligibleFreeTime(List<Requirement> requirements, RegionCode district, TimeRange range) {
        java.util.Set<UUID> common = null;
        for (Requirement need : requirements) {
            java.util.Set<UUID> ids = new java.util.LinkedHashSet<>(eligibleWorkers(need.skill(), district, need.certificates()));
            if (common == null) {
                common = ids;
            } else {
                common.retainAll(ids);
            }
        }
        if (common == null || common.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<TimeRange>> free = freeTime(common, range);
        Map<UUID, List<TimeRange>> out = new java.util.LinkedHashMap<>();
        for (UUID id : common) {
            out.put(id, free.getOrDefault(id, List.of()));
        }
        return out;
    }

    /**
     * Books the worker for an order. Refused ({@code worker.time-taken}, CONFLICT) when the time
     * overlaps another booking, ({@code worker.not-eligible}) when the worker may not take orders,
     * ({@code worker.resting}) when the worker is resting.
     * Times are rounded outwards to quarter hours.
     */
    void book(UUID workerId, UUID orderId, TimeRange time);

    /**
     * Holds the worker's calendar until the caller's transaction ends: bookings of one worker are then
     * decided one after another, so the travel buffer and the daily cap, checked after this call, see
     * every booking committed before and no other can slip in until the caller commits. Call it before
     * checking them. Does nothing for an unknown worker, and in calendars kept in memory (test doubles).
     */
    default void holdForBooking(UUID workerId) {
    }

    /**
     * C2.4 long placements: of the workers, those free for the whole span, every day of it: no booking
     * overlaps it and no leave falls on any local day it touches. Weekly hours do not apply to a span
     * (a live-in worker works the placement's days). One query per kind whatever the number of workers;
     * calendars kept in memory (test doubles) know no spans and answer nobody.
     */
    default java.util.Set<UUID> freeThroughout(Collection<UUID> workerIds, TimeRange span) {
        return java.util.Set.of();
    }

    /**
     * Moves the end of an existing booking (a placement extended or ended early) under the same
     * guarantee as {@link #book}: a longer booking is refused ({@code worker.time-taken}) when the added
     * time overlaps another booking, and changes nothing then. {@code worker.booking-not-found} when
     * there is no such booking.
     */
    default void moveEnd(UUID orderId, java.time.Instant newEnd) {
        throw new UnsupportedOperationException("spans are kept by the worker module's calendar");
    }

    /** Frees an order's time (cancelled, re-assigned). Idempotent. */
    void release(UUID orderId);
}
