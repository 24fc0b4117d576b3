package org.shangmen.analytics.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;
import org.shangmen.analytics.application.port.out.AnalyticsStore;
import org.shangmen.analytics.domain.Fact;
import org.shangmen.kernel.DomainException;
import org.springframework.stereotype.Repository;

/**
 * The store in the platform's own database. A batch notes its events' keys in one statement, applies the
 * facts whose keys are new with a few statements per kind ({@link FactWriter}) and, while a rebuild runs,
 * applies them to the rebuild's copy too, all in one transaction. A rebuild fills the copy (schema
 * {@code analytics_rebuild}) and swaps it in with one transaction.
 */
@Repository
class JdbiAnalyticsStore implements AnalyticsStore {

    /** The facts a rebuild replaces, with the columns copied. */
    private static final Map<String, String> REPLACED = new LinkedHashMap<>();

    static {
        REPLACED.put("order_fact", "order_id, customer_id, worker_id, district_code, city_code, starts_at, total_fen, total_rank, discount_fen, "
                + "add_ons_fen, paid_fen, submitted_at, submitted_day, submitted_month, start_hour, accepted_at, paid_at, checked_in_at, "
                + "completed_at, completed_day, cancelled_at, cancel_actor, cancel_reason");
        REPLACED.put("order_item", "order_id, item_code");
        REPLACED.put("review_fact", "order_id, customer_id, worker_id, attitude, skill, efficiency, punctuality, overall, review_text, hidden, "
                + "created_at, updated_at, review_day");
        REPLACED.put("review_word", "order_id, word, hits");
        REPLACED.put("complaint_fact", "complaint_id, order_id, customer_id, worker_id, category, district_code, city_code, filed_at, filed_day, "
                + "resolved_at, outcome, worker_at_fault, refund_fen");
        REPLACED.put("quote_fact", "quote_id, customer_id, district_code, city_code, item_codes, total_fen, discount_fen, quoted_at, quoted_day");
        REPLACED.put("quote_item", "quote_id, item_code");
    }

    /** The copy's tables, emptied before and after a rebuild. */
    private static final String[] COPY_TABLES = {"order_fact", "order_item", "review_fact", "review_word", "complaint_fact", "quote_fact",
        "quote_item", "customer_dim", "worker_dim", "worker_skill"};

    /** A run RUNNING longer than this was left by a crash: a new rebuild gives it up. */
    private static final java.time.Duration STALE_AFTER = java.time.Duration.ofHours(2);

    private final Jdbi jdbi;

    JdbiAnalyticsStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public int record(List<Fact.Keyed> batch, Instant now) {
        if (batch.isEmpty()) {
            return 0;
        }
        return jdbi.inTransaction(h -> {
            // While a rebuild runs, its row is locked first, before any live row: the swap takes the same lock, so a
            // batch is applied either to both stores before the swap or to the swapped store after it.
            boolean rebuilding = h.createUpdate("UPDATE analytics.rebuild_run SET live_events = live_events + :n WHERE state = 'RUNNING'")
                    .bind("n", batch.size()).execute() > 0;
            Map<String, Fact> byKey = new LinkedHashMap<>();
            batch.forEach(k -> byKey.putIfAbsent(k.eventKey(), k.fact()));
            UUID batchId = UUID.randomUUID();
            PreparedBatch note = h.prepareBatch("INSERT INTO analytics.processed_event (event_key, processed_at, batch_id) "
                    + "VALUES (:key, :now, :batch) ON CONFLICT DO NOTHING");
            new TreeSet<>(byKey.keySet()).forEach(key -> note.bind("key", key).bind("now", now).bind("batch", batchId).add());
            note.execute();
            Set<String> mine = new HashSet<>(h.createQuery("SELECT event_key FROM analytics.processed_event WHERE batch_id = :batch")
                    .bind("batch", batchId).mapTo(String.class).list());
            List<Fact> fresh = new ArrayList<>();
            byKey.forEach((key, fact) -> {
                if (mine.contains(key)) {
                    fresh.add(fact);
                }
            });
            new FactWriter(h, FactWriter.LIVE).apply(fresh);
            if (rebuilding) {
                new FactWriter(h, FactWriter.COPY).apply(fresh);
            }
            return fresh.size();
        });
    }

    @Override
    public boolean seen(String eventKey) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM analytics.processed_event WHERE event_key = :key")
                .bind("key", eventKey).mapTo(Long.class).one() > 0);
    }

    @Override
    public UUID beginRebuild(Instant now) {
        UUID run = UUID.randomUUID();
        try {
            jdbi.useTransaction(h -> {
                // A run a crash left behind (running longer than any rebuild takes) is given up; its copy is emptied with
                // this one's start. A run still going is left alone: this one is refused, and the unique key refuses
                // the second of two starting at once.
                h.createUpdate("UPDATE analytics.rebuild_run SET state = 'ABANDONED', running = NULL, finished_at = :now "
                        + "WHERE state = 'RUNNING' AND started_at < :stale").bind("now", now).bind("stale", now.minus(STALE_AFTER)).execute();
                if (h.createQuery("SELECT COUNT(*) FROM analytics.rebuild_run WHERE state = 'RUNNING'").mapTo(Long.class).one() > 0) {
                    throw DomainException.conflict("analytics.rebuild-running");
                }
                emptyCopy(h);
                h.createUpdate("INSERT INTO analytics.rebuild_run (run_id, state, started_at, running) VALUES (:run, 'RUNNING', :now, 1)")
                        .bind("run", run).bind("now", now).execute();
            });
        } catch (UnableToExecuteStatementException e) {
            throw DomainException.conflict("analytics.rebuild-running");
        }
        return run;
    }

    private static void emptyCopy(Handle h) {
        for (String table : COPY_TABLES) {
            h.createUpdate("DELETE FROM " + FactWriter.COPY + "." + table).execute();
        }
    }

    @Override
    public void rebuildWrite(List<Fact> facts) {
        jdbi.useTransaction(h -> new FactWriter(h, FactWriter.COPY).apply(facts));
    }

    @Override
    public Swapped swap(UUID run, Instant now) {
        Swapped swapped = jdbi.inTransaction(h -> {
            if (h.createUpdate("UPDATE analytics.rebuild_run SET state = 'SWAPPING' WHERE run_id = :run AND state = 'RUNNING'")
                    .bind("run", run).execute() == 0) {
                throw DomainException.conflict("analytics.rebuild-running");
            }
            Set<LocalDate> days = new TreeSet<>(factDays(h));
            for (Map.Entry<String, String> table : REPLACED.entrySet()) {
                h.createUpdate("DELETE FROM analytics." + table.getKey()).execute();
                h.createUpdate("INSERT INTO analytics." + table.getKey() + " (" + table.getValue() + ") SELECT " + table.getValue() + " FROM "
                        + FactWriter.COPY + "." + table.getKey()).execute();
            }
            // Customers: registration and birth year stay; the month of the first order is the copy's.
            h.createUpdate("UPDATE analytics.customer_dim SET first_month = (SELECT c.first_month FROM analytics_rebuild.customer_dim c "
                    + "WHERE c.customer_id = analytics.customer_dim.customer_id)").execute();
            h.createUpdate("INSERT INTO analytics.customer_dim (customer_id, first_month) SELECT c.customer_id, c.first_month FROM "
                    + "analytics_rebuild.customer_dim c WHERE NOT EXISTS (SELECT 1 FROM analytics.customer_dim d WHERE d.customer_id = c.customer_id)")
                    .execute();
            // Workers: the profiles read again replace the kept ones; penalties and workers no order names stay.
            h.createUpdate("UPDATE analytics.worker_dim SET "
                    + "certified_at = (SELECT w.certified_at FROM analytics_rebuild.worker_dim w WHERE w.worker_id = analytics.worker_dim.worker_id), "
                    + "experience_years = (SELECT w.experience_years FROM analytics_rebuild.worker_dim w WHERE w.worker_id = analytics.worker_dim.worker_id), "
                    + "district_code = (SELECT w.district_code FROM analytics_rebuild.worker_dim w WHERE w.worker_id = analytics.worker_dim.worker_id) "
                    + "WHERE EXISTS (SELECT 1 FROM analytics_rebuild.worker_dim w WHERE w.worker_id = analytics.worker_dim.worker_id)").execute();
            h.createUpdate("INSERT INTO analytics.worker_dim (worker_id, certified_at, experience_years, district_code) SELECT w.worker_id, "
                    + "w.certified_at, w.experience_years, w.district_code FROM analytics_rebuild.worker_dim w WHERE NOT EXISTS "
                    + "(SELECT 1 FROM analytics.worker_dim d WHERE d.worker_id = w.worker_id)").execute();
            h.createUpdate("DELETE FROM analytics.worker_skill WHERE worker_id IN (SELECT worker_id FROM analytics_rebuild.worker_dim)").execute();
            h.createUpdate("INSERT INTO analytics.worker_skill (worker_id, skill) SELECT worker_id, skill FROM analytics_rebuild.worker_skill")
                    .execute();
            // Every day the old or the new facts touch is computed anew by the next refresh; until then it is read from the facts.
            days.addAll(factDays(h));
            Rollups.mark(h, days);
            long liveEvents = h.createQuery("SELECT live_events FROM analytics.rebuild_run WHERE run_id = :run").bind("run", run)
                    .mapTo(Long.class).one();
            h.createUpdate("UPDATE analytics.rebuild_run SET state = 'DONE', running = NULL, finished_at = :now WHERE run_id = :run").bind("run", run)
                    .bind("now", now).execute();
            return new Swapped(count(h, "order_fact"), count(h, "review_fact"), count(h, "complaint_fact"), liveEvents);
        });
        jdbi.useTransaction(JdbiAnalyticsStore::emptyCopy);
        return swapped;
    }

    private static long count(Handle h, String table) {
        return h.createQuery("SELECT COUNT(*) FROM analytics." + table).mapTo(Long.class).one();
    }

    private static List<LocalDate> factDays(Handle h) {
        return h.createQuery("SELECT submitted_day d FROM analytics.order_fact UNION SELECT completed_day FROM analytics.order_fact "
                        + "UNION SELECT review_day FROM analytics.review_fact UNION SELECT filed_day FROM analytics.complaint_fact "
                        + "UNION SELECT quoted_day FROM analytics.quote_fact")
                .mapTo(LocalDate.class).list().stream().filter(Objects::nonNull).toList();
    }

    @Override
    public void abandon(UUID run, Instant now) {
        jdbi.useTransaction(h -> {
            if (h.createUpdate("UPDATE analytics.rebuild_run SET state = 'ABANDONED', running = NULL, finished_at = :now WHERE run_id = :run "
                    + "AND state = 'RUNNING'")
                    .bind("run", run).bind("now", now).execute() > 0) {
                emptyCopy(h); // only a run still holding the copy empties it
            }
        });
    }

    @Override
    public int refreshRollups() {
        return jdbi.inTransaction(Rollups::refresh);
    }
}
