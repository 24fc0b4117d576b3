package org.shangmen.analytics.adapter.out.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.shangmen.analytics.application.port.out.InsightQueries.CustomerCounts;
import org.shangmen.analytics.application.port.out.InsightQueries.GroupCount;
import org.shangmen.analytics.application.port.out.InsightQueries.WorkerStats;
import org.shangmen.analytics.domain.InsightFilter;

/**
 * Worker quality and the customer profile over a whole span (a calendar month or year, see {@link Spans}), so
 * a year of a city reads one row per worker, or the profile's few facets, instead of every order.
 */
final class SpanInsights {

    private SpanInsights() {
    }

    private static String skill(InsightFilter f) {
        return f.skill().isPresent() ? " AND EXISTS (SELECT 1 FROM analytics.worker_skill fs WHERE fs.worker_id = r.worker_id AND fs.skill = :skill)" : "";
    }

    private static Query bind(Query q, InsightFilter f, int[] span) {
        q.configure(org.jdbi.v3.core.statement.SqlStatements.class, c -> c.setUnusedBindingAllowed(true));
        q.bind("a", span[0]).bind("b", span[1]).bind("regionKey", f.region().orElse(Rollups.ALL));
        f.region().ifPresent(r -> q.bind("region", r));
        f.skill().ifPresent(s -> q.bind("skill", s));
        return q;
    }

    static java.util.List<WorkerStats> workerStats(Handle h, InsightFilter f, int[] span) {
        Map<UUID, long[]> stats = new HashMap<>();
        bind(h.createQuery("SELECT r.* FROM analytics.worker_span r WHERE r.from_month = :a AND r.until_month = :b AND r.region = :regionKey"
                + skill(f)), f, span)
                .map((rs, ctx) -> stats.put(rs.getObject("worker_id", UUID.class), new long[] {rs.getLong("completed"), rs.getLong("checked_in"),
                    rs.getLong("on_time"), rs.getLong("customers"), rs.getLong("repeat_customers"), rs.getLong("reviews"), rs.getLong("stars"),
                    rs.getLong("complaints")})).list();
        return JdbiInsightQueries.withDims(h, stats);
    }

    /** Completed orders and complaints per worker (as {@code complaint-rates?groupBy=WORKER}). */
    static java.util.List<GroupCount> complaintsByWorker(Handle h, InsightFilter f, int[] span) {
        return bind(h.createQuery("SELECT CAST(r.worker_id AS VARCHAR(36)) k, r.completed, r.complaints FROM analytics.worker_span r "
                + "WHERE r.from_month = :a AND r.until_month = :b AND r.region = :regionKey" + skill(f)), f, span)
                .map((rs, ctx) -> new GroupCount(rs.getString("k"), rs.getLong("completed"), rs.getLong("complaints"))).list();
    }

    static CustomerCounts customers(Handle h, InsightFilter f, int[] span) {
        Map<String, Map<String, Long>> facets = new HashMap<>();
        bind(h.createQuery("SELECT facet, facet_key, n FROM analytics.profile_span WHERE from_month = :a AND until_month = :b "
                + "AND region = :regionKey"), f, span)
                .map((rs, ctx) -> facets.computeIfAbsent(rs.getString("facet"), k -> new TreeMap<>()).put(rs.getString("facet_key"), rs.getLong("n")))
                .list();
        long customers = facets.getOrDefault("ALL", Map.of()).getOrDefault("", 0L);
        Map<Integer, Long> years = new HashMap<>();
        facets.getOrDefault("YEAR", Map.of()).forEach((k, n) -> years.put("null".equals(k) ? null : Integer.valueOf(k), n));
        Map<String, Long> districts = new TreeMap<>(facets.getOrDefault("DISTRICT", Map.of()));
        Map<String, Long> frequency = new TreeMap<>(facets.getOrDefault("FREQ", Map.of()));
        Map<Integer, Long> hours = new TreeMap<>();
        facets.getOrDefault("HOUR", Map.of()).forEach((k, n) -> hours.put(Integer.parseInt(k), n));
        Map<String, Long> items = new TreeMap<>(facets.getOrDefault("ITEM", Map.of()));
        return new CustomerCounts(customers, years, districts, frequency, hours, items);
    }
}
