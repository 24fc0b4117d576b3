package org.shangmen.analytics.adapter.out.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.shangmen.analytics.application.port.out.InsightQueries.CustomerCounts;
import org.shangmen.analytics.application.port.out.InsightQueries.WorkerStats;
import org.shangmen.analytics.domain.InsightFilter;

/**
 * Worker quality and the customer profile over a whole span (a calendar month or year, see {@link Spans}): the
 * additive sums from the monthly worker rollups, the distinct-customer figures from the spans, so a year of a
 * city reads about one row per worker and month instead of every order.
 */
final class SpanInsights {

    private SpanInsights() {
    }

    private static String skill(InsightFilter f) {
        return f.skill().isPresent() ? " AND EXISTS (SELECT 1 FROM analytics.worker_skill fs WHERE fs.worker_id = r.worker_id AND fs.skill = :skill)" : "";
    }

    private static String region(InsightFilter f) {
        return f.region().map(r -> f.wholeCity() ? " AND r.city_code = :region" : " AND r.district_code = :region").orElse("");
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
        bind(h.createQuery("SELECT r.worker_id w, SUM(r.completed) n, SUM(r.checked_in) checked, SUM(r.on_time) on_time, "
                + "SUM(r.reviews) reviews, SUM(r.stars) stars FROM analytics.worker_month r WHERE r.in_month >= :a AND r.in_month < :b "
                + "AND r.item_code = '*'" + region(f) + skill(f) + " GROUP BY r.worker_id"), f, span)
                .map((rs, ctx) -> {
                    long[] s = stats.computeIfAbsent(rs.getObject("w", UUID.class), k -> new long[8]);
                    s[0] = rs.getLong("n");
                    s[1] = rs.getLong("checked");
                    s[2] = rs.getLong("on_time");
                    s[5] = rs.getLong("reviews");
                    s[6] = rs.getLong("stars");
                    return s;
                }).list();
        bind(h.createQuery("SELECT r.worker_id w, r.customers, r.repeat_customers FROM analytics.worker_span r WHERE r.from_month = :a "
                + "AND r.until_month = :b AND r.region = :regionKey" + skill(f)), f, span)
                .map((rs, ctx) -> {
                    long[] s = stats.computeIfAbsent(rs.getObject("w", UUID.class), k -> new long[8]);
                    s[3] = rs.getLong("customers");
                    s[4] = rs.getLong("repeat_customers");
                    return s;
                }).list();
        bind(h.createQuery("SELECT r.worker_id w, SUM(r.complaints) n FROM analytics.worker_complaint_month r WHERE r.in_month >= :a "
                + "AND r.in_month < :b AND r.item_code = '*'" + region(f) + skill(f) + " GROUP BY r.worker_id"), f, span)
                .map((rs, ctx) -> stats.computeIfAbsent(rs.getObject("w", UUID.class), k -> new long[8])[7] = rs.getLong("n")).list();
        return JdbiInsightQueries.withDims(h, stats);
    }

    static CustomerCounts customers(Handle h, InsightFilter f, int[] span) {
        Map<String, Map<String, Long>> facets = new HashMap<>();
        bind(h.createQuery("SELECT facet, facet_key, n FROM analytics.profile_span WHERE from_month = :a AND until_month = :b "
                + "AND region = :regionKey"), f, span)
                .map((rs, ctx) -> facets.computeIfAbsent(rs.getString("facet"), k -> new TreeMap<>()).put(rs.getString("facet_key"), rs.getLong("n")))
                .list();
        long customers = facets.getOrDefault("ALL", Map.of()).getOrDefault("", 0L);
        Map<Integer, Long> years = new HashMap<>();
        bind(h.createQuery("SELECT c.birth_year y, COUNT(*) n FROM analytics.customer_span s JOIN analytics.customer_dim c "
                + "ON c.customer_id = s.customer_id WHERE s.from_month = :a AND s.until_month = :b AND s.region = :regionKey "
                + "AND c.birth_year IS NOT NULL GROUP BY c.birth_year"), f, span)
                .map((rs, ctx) -> years.put(rs.getInt("y"), rs.getLong("n"))).list();
        long unknown = customers - years.values().stream().mapToLong(Long::longValue).sum();
        if (unknown > 0) {
            years.put(null, unknown);
        }
        Map<String, Long> districts = new TreeMap<>(facets.getOrDefault("DISTRICT", Map.of()));
        Map<String, Long> frequency = new TreeMap<>(facets.getOrDefault("FREQ", Map.of()));
        Map<Integer, Long> hours = new TreeMap<>();
        facets.getOrDefault("HOUR", Map.of()).forEach((k, n) -> hours.put(Integer.parseInt(k), n));
        Map<String, Long> items = new TreeMap<>(facets.getOrDefault("ITEM", Map.of()));
        return new CustomerCounts(customers, years, districts, frequency, hours, items);
    }
}
