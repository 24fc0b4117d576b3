package org.shangmen.booking.adapter.out.persistence;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.booking.application.port.out.JobLedger;
import org.shangmen.kernel.TimeRange;
import org.springframework.stereotype.Repository;

/**
 * Jobs in {@code booking.worker_job}. A search reads the jobs of its time window in one statement and
 * keeps the eligible workers' in memory, so the statement never carries thousands of ids.
 */
@Repository
class JdbiJobLedger implements JobLedger {

    /**
     * Jobs overlapping a range, found by their end ({@code worker_job_end_idx}): jobs that ended before the
     * range are never read, however long the history.
     */
    static final String JOBS_IN_RANGE = "SELECT worker_id, starts_at, ends_at FROM booking.worker_job "
            + "WHERE ends_at > :start AND starts_at < :end";

    private final Jdbi jdbi;

    JdbiJobLedger(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void hold(UUID orderId, UUID workerId, TimeRange time) {
        jdbi.useHandle(h -> {
            int updated = h.createUpdate("UPDATE booking.worker_job SET worker_id = :worker, starts_at = :start, ends_at = :end "
                            + "WHERE order_id = :order")
                    .bind("order", orderId).bind("worker", workerId).bind("start", time.start()).bind("end", time.end()).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO booking.worker_job (order_id, worker_id, starts_at, ends_at) "
                                + "VALUES (:order, :worker, :start, :end)")
                        .bind("order", orderId).bind("worker", workerId).bind("start", time.start()).bind("end", time.end()).execute();
            }
        });
    }

    @Override
    public void release(UUID orderId) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM booking.worker_job WHERE order_id = :order").bind("order", orderId).execute());
    }

    @Override
    public Map<UUID, List<TimeRange>> jobs(Collection<UUID> workerIds, TimeRange range) {
        if (workerIds.isEmpty()) {
            return Map.of();
        }
        Set<UUID> wanted = workerIds instanceof Set<UUID> set ? set : new HashSet<>(workerIds);
        Map<UUID, List<TimeRange>> out = new HashMap<>();
        jdbi.useHandle(h -> h.createQuery(JOBS_IN_RANGE)
                .bind("start", range.start()).bind("end", range.end())
                // In batches as they are mapped (inside the search's read-only transaction), not all held by the driver.
                .setFetchSize(4_096)
                // Columns by position, in no order: the slot search sorts each worker's few jobs itself, where sorting
                // the whole city's fortnight was the database's work on every search.
                .map((rs, ctx) -> {
                    UUID worker = rs.getObject(1, UUID.class);
                    if (wanted.contains(worker)) {
                        out.computeIfAbsent(worker, w -> new ArrayList<>()).add(new TimeRange(
                                rs.getObject(2, OffsetDateTime.class).toInstant(),
                                rs.getObject(3, OffsetDateTime.class).toInstant()));
                    }
                    return worker;
                })
                .forEach(w -> { }));
        return out;
    }
}
