package org.shangmen.booking.adapter.out.persistence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.kernel.TimeRange;
import org.shangmen.persistence.LongArrays;

/**
 * Each worker's jobs over the coming weeks, kept by this instance with the stamp they were read with. One
 * statement answers the asked workers' stamps and, with them, the jobs of those whose stamp this instance does
 * not hold; every other worker's jobs come from memory. Ranges outside the kept weeks are read directly.
 */
final class JobCache {

    /** The kept weeks: from two days before today (UTC) for this many days, past a fortnight's search from any of the next two weeks. */
    static final int HORIZON_DAYS = 36;
    /** Workers kept at most; past it the memory is emptied and filled again by the next searches. */
    static final int MAX_WORKERS = 50_000;
    /** Rows fetched at a time (inside the caller's read-only transaction). */
    static final int FETCH_SIZE = 4_096;

    /**
     * The asked workers (an array) with their stamps ('S'; in n whether their jobs follow) and, in one
     * {@code UNION ALL}, the jobs overlapping the range ('J') of those whose stamp is null or not among
     * {@code :known}, each worker's found by the index on (worker, end). Columns: k, worker_id, st, n, t1, t2.
     */
    static final String STAMPED_JOBS = "WITH w AS (SELECT u.v AS worker_id FROM unnest(:ids) AS u(v)), "
            + "s AS (SELECT w.worker_id, j.stamp FROM w LEFT JOIN booking.job_stamp j ON j.worker_id = w.worker_id), "
            + "r AS (SELECT s.worker_id FROM s WHERE s.stamp IS NULL OR NOT EXISTS (SELECT 1 FROM unnest(:known) AS k(v) WHERE k.v = s.stamp)) "
            + "SELECT 'S' AS k, s.worker_id, s.stamp AS st, CASE WHEN r.worker_id IS NULL THEN 0 ELSE 1 END AS n, "
            + "CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS t1, CAST(NULL AS TIMESTAMP WITH TIME ZONE) AS t2 "
            + "FROM s LEFT JOIN r ON r.worker_id = s.worker_id "
            + "UNION ALL SELECT 'J', j.worker_id, CAST(NULL AS BIGINT), CAST(NULL AS INT), j.starts_at, j.ends_at "
            + "FROM booking.worker_job j JOIN r ON r.worker_id = j.worker_id WHERE j.ends_at > :start AND j.starts_at < :end";

    private record Entry(long stamp, TimeRange horizon, List<TimeRange> jobs) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final Map<UUID, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong workersRead = new AtomicLong();

    JobCache(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    Map<UUID, List<TimeRange>> jobs(Collection<UUID> workerIds, TimeRange range) {
        Instant start = clock.instant().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(2));
        TimeRange horizon = new TimeRange(start, start.plus(Duration.ofDays(HORIZON_DAYS)));
        boolean keep = covers(horizon, range);
        TimeRange read = keep ? horizon : range;
        Map<UUID, Entry> known = new HashMap<>();
        List<Long> stamps = new ArrayList<>();
        if (keep) {
            for (UUID id : workerIds) {
                Entry e = entries.get(id);
                if (e != null && covers(e.horizon(), range)) {
                    known.put(id, e);
                    stamps.add(e.stamp());
                }
            }
        }
        Map<UUID, Long> found = new HashMap<>();
        Set<UUID> fresh = new HashSet<>();
        Map<UUID, List<TimeRange>> readJobs = new HashMap<>();
        List<UUID> unmatched = new ArrayList<>();
        Map<UUID, List<TimeRange>> out = new HashMap<>();
        jdbi.useHandle(h -> {
            h.createQuery(STAMPED_JOBS)
                    .bindArray("ids", UUID.class, workerIds).bind("known", LongArrays.of(stamps))
                    .bind("start", read.start()).bind("end", read.end())
                    .setFetchSize(FETCH_SIZE)
                    // Columns by position (k, worker_id, st, n, t1, t2), jobs in no order.
                    .map((rs, ctx) -> {
                        UUID worker = rs.getObject(2, UUID.class);
                        if (rs.getString(1).charAt(0) == 'S') {
                            long stamp = rs.getLong(3);
                            found.put(worker, rs.wasNull() ? null : stamp);
                            if (rs.getInt(4) == 1) {
                                fresh.add(worker);
                            }
                        } else {
                            readJobs.computeIfAbsent(worker, w -> new ArrayList<>()).add(new TimeRange(
                                    rs.getObject(5, OffsetDateTime.class).toInstant(), rs.getObject(6, OffsetDateTime.class).toInstant()));
                        }
                        return 0;
                    })
                    .forEach(x -> { });
            int computed = 0;
            for (Map.Entry<UUID, Long> row : found.entrySet()) {
                UUID id = row.getKey();
                Long stamp = row.getValue();
                List<TimeRange> jobs;
                if (fresh.contains(id)) {
                    jobs = readJobs.getOrDefault(id, List.of());
                    computed++;
                    if (keep && stamp != null) {
                        remember(id, new Entry(stamp, read, jobs));
                    }
                } else {
                    Entry e = known.get(id);
                    if (e == null || stamp == null || e.stamp() != stamp) {
                        // The stamp was among those known, but not as this worker's: read this one directly.
                        unmatched.add(id);
                        continue;
                    }
                    jobs = e.jobs();
                }
                List<TimeRange> overlapping = keep ? overlapping(jobs, range) : jobs;
                if (!overlapping.isEmpty()) {
                    out.put(id, overlapping);
                }
            }
            if (!unmatched.isEmpty()) {
                out.putAll(JdbiJobLedger.read(h, unmatched, range));
                computed += unmatched.size();
            }
            workersRead.addAndGet(computed);
        });
        return out;
    }

    private static boolean covers(TimeRange outer, TimeRange inner) {
        return !inner.start().isBefore(outer.start()) && !inner.end().isAfter(outer.end());
    }

    private static List<TimeRange> overlapping(List<TimeRange> jobs, TimeRange range) {
        List<TimeRange> out = new ArrayList<>(jobs.size());
        for (TimeRange job : jobs) {
            if (job.end().isAfter(range.start()) && job.start().isBefore(range.end())) {
                out.add(job);
            }
        }
        return out;
    }

    private void remember(UUID id, Entry entry) {
        if (entries.size() >= MAX_WORKERS && !entries.containsKey(id)) {
            entries.clear();
        }
        entries.put(id, entry);
    }

    /** Workers whose jobs were read from the database since this instance started (the rest came from memory). */
    long workersRead() {
        return workersRead.get();
    }
}
