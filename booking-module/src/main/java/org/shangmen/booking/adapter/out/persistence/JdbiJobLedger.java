package org.shangmen.booking.adapter.out.persistence;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.booking.application.port.out.JobLedger;
import org.shangmen.kernel.TimeRange;
import org.shangmen.persistence.Stamps;
import org.springframework.stereotype.Repository;

/**
 * Jobs in {@code booking.worker_job}. Every change to a worker's jobs writes a new random stamp for the worker
 * ({@code booking.job_stamp}) in the same transaction; reads go through {@link JobCache}, which keeps each
 * worker's jobs of the coming weeks with their stamp and reads again only the workers whose stamps changed.
 */
@Repository
class JdbiJobLedger implements JobLedger {

    private final Jdbi jdbi;
    private final JobCache cache;

    JdbiJobLedger(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.cache = new JobCache(jdbi, clock);
    }

    @Override
    public void hold(UUID orderId, UUID workerId, TimeRange time) {
        jdbi.useHandle(h -> {
            // An order moving to another worker changes the jobs of the worker it leaves too.
            h.createUpdate("UPDATE booking.job_stamp SET stamp = :stamp WHERE worker_id = "
                            + "(SELECT worker_id FROM booking.worker_job WHERE order_id = :order AND worker_id <> :worker)")
                    .bind("stamp", Stamps.next()).bind("order", orderId).bind("worker", workerId).execute();
            int updated = h.createUpdate("UPDATE booking.worker_job SET worker_id = :worker, starts_at = :start, ends_at = :end "
                            + "WHERE order_id = :order")
                    .bind("order", orderId).bind("worker", workerId).bind("start", time.start()).bind("end", time.end()).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO booking.worker_job (order_id, worker_id, starts_at, ends_at) "
                                + "VALUES (:order, :worker, :start, :end)")
                        .bind("order", orderId).bind("worker", workerId).bind("start", time.start()).bind("end", time.end()).execute();
            }
            Stamps.restamp(h, "booking.job_stamp", workerId);
        });
    }

    @Override
    public void release(UUID orderId) {
        jdbi.useHandle(h -> {
            // A worker without a stamp is read on every search, so only a stamp already there needs changing.
            h.createUpdate("UPDATE booking.job_stamp SET stamp = :stamp WHERE worker_id = "
                            + "(SELECT worker_id FROM booking.worker_job WHERE order_id = :order)")
                    .bind("stamp", Stamps.next()).bind("order", orderId).execute();
            h.createUpdate("DELETE FROM booking.worker_job WHERE order_id = :order").bind("order", orderId).execute();
        });
    }

    @Override
    public Map<UUID, List<TimeRange>> jobs(Collection<UUID> workerIds, TimeRange range) {
        if (workerIds.isEmpty()) {
            return Map.of();
        }
        return cache.jobs(workerIds, range);
    }

    /** Workers whose jobs this instance read from the database rather than memory. */
    long workersRead() {
        return cache.workersRead();
    }

    /** Jobs of the given workers overlapping a range, read directly (by each worker's index range). */
    static Map<UUID, List<TimeRange>> read(Handle h, Collection<UUID> workerIds, TimeRange range) {
        Map<UUID, List<TimeRange>> out = new HashMap<>();
        h.createQuery("SELECT worker_id, starts_at, ends_at FROM booking.worker_job WHERE worker_id IN (<ids>) "
                        + "AND ends_at > :start AND starts_at < :end")
                .bindList("ids", List.copyOf(workerIds)).bind("start", range.start()).bind("end", range.end())
                .map((rs, ctx) -> out.computeIfAbsent(rs.getObject(1, UUID.class), w -> new ArrayList<>())
                        .add(new TimeRange(rs.getObject(2, OffsetDateTime.class).toInstant(), rs.getObject(3, OffsetDateTime.class).toInstant())))
                .forEach(x -> { });
        return out;
    }
}
