package org.shangmen.worker.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.worker.domain.BookingStanding;
import org.shangmen.worker.domain.Worker;

/** Workers with their profile, skills and districts; the ID number encrypted, found by keyed hash. */
public interface WorkerStore {

    /** Inserts a new worker; false when the account already has one. */
    boolean insert(Worker worker);

    /** Saves the worker; false when the ID number belongs to another worker. */
    boolean update(Worker worker);

    Optional<Worker> find(UUID accountId);

    /** Locks the row for the rest of the transaction, so concurrent reviews or penalties serialise. */
    Optional<Worker> findForUpdate(UUID accountId);

    /** Locks the row for the rest of the transaction without reading the worker; false when there is none. */
    boolean lock(UUID accountId);

    /** What a booking needs of the worker, her row locked: not her profile, skills, districts or documents. */
    Optional<BookingStanding> bookingStandingForUpdate(UUID accountId);

    /** The worker behind an account, locked; a draft worker is registered first when the account has none yet. */
    default Worker findOrRegisterForUpdate(UUID accountId, java.time.Instant now) {
        return findForUpdate(accountId).orElseGet(() -> {
            insert(Worker.register(accountId, now));
            return findForUpdate(accountId).orElseThrow();
        });
    }

    /** Workers waiting for review, oldest submission first. */
    List<Worker> reviewQueue(int limit, long offset);

    long reviewQueueSize();

    /** Ratings and complaints, kept up to date from reviews. */
    record Statistics(int ratingTenths, int ratingCount, int completedOrders, int complaints) {
    }

    Statistics statistics(UUID accountId);

    /**
     * Approved workers not suspended (or whose suspension has ended) nor removed nor resting, with the skill,
     * serving the district.
     */
    List<UUID> eligible(String skill, String districtCode, Set<String> requiredCertificates, java.time.Instant now,
                        java.time.LocalDate today);

    /** Each worker's time zone (Asia/Shanghai unless set otherwise). */
    java.util.Map<UUID, java.time.ZoneId> zones(java.util.Collection<UUID> workerIds);
}
