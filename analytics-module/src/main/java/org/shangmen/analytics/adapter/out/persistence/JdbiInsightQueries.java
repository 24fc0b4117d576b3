package org.shangmen.analytics.adapter.out.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.shangmen.analytics.application.port.out.InsightQueries;
import org.shangmen.analytics.domain.Facts;
import org.shangmen.analytics.domain.InsightFilter;
import org.springframework.stereotype.Repository;

/** The insights' sums in SQL that H2 and PostgreSQL both run, over the indexed day, district and item columns. */
@Repository
class JdbiInsightQueries implements InsightQueries {

    private final Jdbi jdbi;

    JdbiInsightQueries(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The filter's conditions on an order fact aliased {@code o}, or on a complaint aliased {@code c}. */
    private static String where(InsightFilter f, String alias, String worker, String order) {
        StringBuilder sql = new StringBuilder();
        f.region().ifPresent(r -> sql.append(" AND ").append(alias).append(f.wholeCity() ? ".city_code" : ".district_code").append(" = :region"));
        f.item().ifPresent(i -> sql.append(" AND EXISTS (SELECT 1 FROM analytics.order_item fi WHERE fi.order_id = ").append(order)
                .append(" AND fi.item_code = :item)"));
        f.skill().ifPresent(s -> sql.append(" AND EXISTS (SELECT 1 FROM analytics.worker_skill fs WHERE fs.worker_id = ").append(worker)
                .append(" AND fs.skill = :skill)"));
        return sql.toString();
    }

    private static String orders(InsightFilter f) {
        return where(f, "o", "o.worker_id", "o.order_id");
    }

    private static Query bind(Query q, InsightFilter f) {
        q.configure(org.jdbi.v3.core.statement.SqlStatements.class, c -> c.setUnusedBindingAllowed(true));
        q.bind("from", f.from()).bind("until", f.until());
        f.region().ifPresent(r -> q.bind("region", r));
        f.item().ifPresent(i -> q.bind("item", i));
        f.skill().ifPresent(s -> q.bind("skill", s));
        return q;
    }

    /** The filter's conditions on a rollup aliased {@code r}: region, and the item and skill rows ({@code *} for all). */
    private static String dims(InsightFilter f, boolean skill) {
        StringBuilder sql = new StringBuilder();
        f.region().ifPresent(r -> sql.append(f.wholeCity() ? " AND r.city_code = :region" : " AND r.district_code = :region"));
        sql.append(" AND r.item_code = :itemKey");
        if (skill) {
            sql.append(" AND r.skill = :skillKey");
        }
        return sql.toString();
    }

    private static Query bindDims(Query q, InsightFilter f) {
        bind(q, f).bind("itemKey", f.item().orElse(Rollups.ALL)).bind("skillKey", f.skill().orElse(Rollups.ALL));
        return q;
    }

    /** The period's days still read from the facts (their rollups are behind), as {@code AND column IN (...)}, or none. */
    private static String dirtyIn(List<LocalDate> dirty, String column) {
        return " AND " + column + " IN (<dirty>)";
    }

    private static String cleanOnly(List<LocalDate> dirty) {
        return dirty.isEmpty() ? "" : " AND r.on_day NOT IN (<dirty>)";
    }

    private static Query dirty(Query q, List<LocalDate> dirty) {
        if (!dirty.isEmpty()) {
            q.bindList("dirty", dirty);
        }
        return q;
    }

    @Override
    public List<DayCount> demandByDay(InsightFilter f) {
        return jdbi.withHandle(h -> {
            List<LocalDate> days = Rollups.dirtyDays(h, f.from(), f.until());
            List<DayCount> out = new ArrayList<>(dirty(bindDims(h.createQuery("SELECT r.on_day d, SUM(r.orders) n, SUM(r.completed) c, "
                    + "SUM(r.amount_fen) amount, SUM(r.discount_fen) discount FROM analytics.order_day r WHERE r.on_day >= :from AND r.on_day < :until"
                    + cleanOnly(days) + dims(f, true) + " GROUP BY r.on_day"), f), days).map(JdbiInsightQueries::dayCount).list());
            if (!days.isEmpty()) {
                out.addAll(dirty(bind(h.createQuery("SELECT o.submitted_day d, COUNT(*) n, SUM(CASE WHEN o.completed_at IS NULL THEN 0 ELSE 1 END) c, "
                        + "SUM(CASE WHEN o.completed_at IS NULL THEN 0 ELSE o.total_fen END) amount, "
                        + "SUM(CASE WHEN o.completed_at IS NULL THEN 0 ELSE o.discount_fen END) discount FROM analytics.order_fact o "
                        + "WHERE o.submitted_day >= :from AND o.submitted_day < :until" + dirtyIn(days, "o.submitted_day") + orders(f)
                        + " GROUP BY o.submitted_day"), f), days).map(JdbiInsightQueries::dayCount).list());
            }
            out.sort(java.util.Comparator.comparing(DayCount::day));
            return out;
        });
    }

    private static DayCount dayCount(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        return new DayCount(rs.getObject("d", LocalDate.class), rs.getLong("n"), rs.getLong("c"), rs.getLong("amount"), rs.getLong("discount"));
    }

    @Override
    public List<ItemCount> itemMix(InsightFilter f) {
        return jdbi.withHandle(h -> {
            List<LocalDate> days = Rollups.dirtyDays(h, f.from(), f.until());
            Map<String, long[]> items = new HashMap<>();
            String oneItem = f.item().isPresent() ? " AND r.item_code = :item" : " AND r.item_code <> '*'";
            StringBuilder region = new StringBuilder();
            f.region().ifPresent(r -> region.append(f.wholeCity() ? " AND r.city_code = :region" : " AND r.district_code = :region"));
            dirty(bindDims(h.createQuery("SELECT r.item_code k, SUM(r.orders) n, SUM(r.completed) c, SUM(r.amount_fen) amount "
                    + "FROM analytics.order_day r WHERE r.on_day >= :from AND r.on_day < :until" + cleanOnly(days) + oneItem + region
                    + " AND r.skill = :skillKey GROUP BY r.item_code"), f), days).map((rs, ctx) -> add(items, rs)).list();
            if (!days.isEmpty()) {
                dirty(bind(h.createQuery("SELECT i.item_code k, COUNT(*) n, SUM(CASE WHEN o.completed_at IS NULL THEN 0 ELSE 1 END) c, "
                        + "SUM(CASE WHEN o.completed_at IS NULL THEN 0 ELSE o.total_fen END) amount FROM analytics.order_fact o "
                        + "JOIN analytics.order_item i ON i.order_id = o.order_id WHERE o.submitted_day >= :from AND o.submitted_day < :until"
                        + dirtyIn(days, "o.submitted_day") + (f.item().isPresent() ? " AND i.item_code = :item" : "") + orders(f)
                        + " GROUP BY i.item_code"), f), days).map((rs, ctx) -> add(items, rs)).list();
            }
            List<ItemCount> out = new ArrayList<>();
            items.forEach((k, n) -> out.add(new ItemCount(k, n[0], n[1], n[2])));
            out.sort(java.util.Comparator.comparingLong(ItemCount::orders).reversed().thenComparing(ItemCount::itemCode));
            return out;
        });
    }

    private static long[] add(Map<String, long[]> sums, java.sql.ResultSet rs) throws java.sql.SQLException {
        long[] n = sums.computeIfAbsent(rs.getString("k"), k -> new long[3]);
        n[0] += rs.getLong("n");
        n[1] += rs.getLong("c");
        n[2] += rs.getLong("amount");
        return n;
    }

    @Override
    public List<WorkerStats> workerStats(InsightFilter f) {
        return jdbi.withHandle(h -> {
            java.util.Optional<int[]> span = f.item().isPresent() ? java.util.Optional.empty() : Spans.current(h, f.from(), f.until());
            if (span.isPresent()) {
                return SpanInsights.workerStats(h, f, span.get());
            }
            String completed = " FROM analytics.order_fact o WHERE o.completed_day >= :from AND o.completed_day < :until "
                    + "AND o.worker_id IS NOT NULL" + orders(f);
            Map<UUID, long[]> stats = new HashMap<>();
            bind(h.createQuery("SELECT o.worker_id w, COUNT(*) n, SUM(CASE WHEN o.checked_in_at IS NULL THEN 0 ELSE 1 END) checked, "
                    + "SUM(CASE WHEN o.checked_in_at IS NOT NULL AND o.checked_in_at <= o.starts_at THEN 1 ELSE 0 END) on_time, "
                    + "COUNT(DISTINCT o.customer_id) customers" + completed + " GROUP BY o.worker_id"), f)
                    .map((rs, ctx) -> {
                        long[] s = stats.computeIfAbsent(rs.getObject("w", UUID.class), k -> new long[8]);
                        s[0] = rs.getLong("n");
                        s[1] = rs.getLong("checked");
                        s[2] = rs.getLong("on_time");
                        s[3] = rs.getLong("customers");
                        return s;
                    }).list();
            bind(h.createQuery("SELECT t.worker_id w, COUNT(*) n FROM (SELECT o.worker_id, o.customer_id" + completed
                    + " GROUP BY o.worker_id, o.customer_id HAVING COUNT(*) >= 2) t GROUP BY t.worker_id"), f)
                    .map((rs, ctx) -> stats.computeIfAbsent(rs.getObject("w", UUID.class), k -> new long[8])[4] = rs.getLong("n")).list();
            bind(h.createQuery("SELECT o.worker_id w, COUNT(*) n, SUM(r.overall) stars FROM analytics.review_fact r "
                    + "JOIN analytics.order_fact o ON o.order_id = r.order_id WHERE r.hidden = FALSE AND o.completed_day >= :from "
                    + "AND o.completed_day < :until AND o.worker_id IS NOT NULL" + orders(f) + " GROUP BY o.worker_id"), f)
                    .map((rs, ctx) -> {
                        long[] s = stats.computeIfAbsent(rs.getObject("w", UUID.class), k -> new long[8]);
                        s[5] = rs.getLong("n");
                        s[6] = rs.getLong("stars");
                        return s;
                    }).list();
            bind(h.createQuery("SELECT c.worker_id w, COUNT(*) n FROM analytics.complaint_fact c WHERE c.filed_day >= :from "
                    + "AND c.filed_day < :until AND c.worker_id IS NOT NULL" + where(f, "c", "c.worker_id", "c.order_id")
                    + " GROUP BY c.worker_id"), f)
                    .map((rs, ctx) -> stats.computeIfAbsent(rs.getObject("w", UUID.class), k -> new long[8])[7] = rs.getLong("n")).list();
            return withDims(h, stats);
        });
    }

    /** The workers' sums {completed, checked in, on time, customers, repeat customers, reviews, stars, complaints} with their dimensions. */
    static List<WorkerStats> withDims(org.jdbi.v3.core.Handle h, Map<UUID, long[]> stats) {
        Map<UUID, Set<String>> skills = new HashMap<>();
        h.createQuery("SELECT worker_id, skill FROM analytics.worker_skill")
                .map((rs, ctx) -> skills.computeIfAbsent(rs.getObject("worker_id", UUID.class), k -> new HashSet<>())
                        .add(rs.getString("skill"))).list();
        Map<UUID, Object[]> dims = new HashMap<>();
        h.createQuery("SELECT worker_id, experience_years, district_code FROM analytics.worker_dim")
                .map((rs, ctx) -> dims.put(rs.getObject("worker_id", UUID.class),
                        new Object[] {rs.getInt("experience_years"), rs.getString("district_code")})).list();
        List<WorkerStats> out = new ArrayList<>();
        stats.forEach((id, s) -> {
            Object[] dim = dims.getOrDefault(id, new Object[] {0, null});
            out.add(new WorkerStats(id, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], (int) dim[0], (String) dim[1],
                    skills.getOrDefault(id, Set.of())));
        });
        return out;
    }

    @Override
    public List<CohortCell> cohorts(InsightFilter f) {
        return jdbi.withHandle(h -> {
            Split split = Split.of(f, Rollups.dirtyDays(h, f.from(), f.until()));
            List<CohortCell> out = new ArrayList<>();
            if (!split.months().isEmpty()) {
                out.addAll(split.bind(bindDims(h.createQuery("SELECT r.first_month m0, r.in_month m, r.customers n FROM analytics.cohort_month r "
                                + "WHERE r.in_month IN (<months>) AND r.first_month >= :fromMonth AND r.first_month < :untilMonth "
                                + "AND r.region = :regionKey AND r.item_code = :itemKey AND r.skill = :skillKey"), f))
                        .bind("regionKey", f.region().orElse(Rollups.ALL))
                        .bind("fromMonth", Facts.month(f.from())).bind("untilMonth", Facts.month(f.until().minusDays(1)) + 1)
                        .map((rs, ctx) -> new CohortCell(rs.getInt("m0"), rs.getInt("m"), rs.getLong("n"))).list());
            }
            if (!split.ranges().isEmpty()) {
                out.addAll(split.bind(bind(h.createQuery("SELECT c.first_month m0, o.submitted_month m, COUNT(DISTINCT o.customer_id) n "
                                + "FROM analytics.order_fact o JOIN analytics.customer_dim c ON c.customer_id = o.customer_id "
                                + "WHERE o.submitted_day >= :from AND o.submitted_day < :until AND c.first_month >= :fromMonth "
                                + "AND c.first_month < :untilMonth AND o.submitted_month >= c.first_month" + split.in("o.submitted_day") + orders(f)
                                + " GROUP BY c.first_month, o.submitted_month"), f))
                        .bind("fromMonth", Facts.month(f.from())).bind("untilMonth", Facts.month(f.until().minusDays(1)) + 1)
                        .map((rs, ctx) -> new CohortCell(rs.getInt("m0"), rs.getInt("m"), rs.getLong("n"))).list());
            }
            out.sort(java.util.Comparator.comparingInt(CohortCell::cohortMonth).thenComparingInt(CohortCell::activeMonth));
            return out;
        });
    }

    /** A period split: whole months whose rollups are current, and the day ranges [from, until) left to the facts. */
    record Split(List<Integer> months, List<LocalDate[]> ranges) {

        static Split of(InsightFilter f, List<LocalDate> dirty) {
            java.util.Set<Integer> dirtyMonths = new HashSet<>();
            dirty.forEach(d -> dirtyMonths.add(Facts.month(d)));
            List<Integer> months = new ArrayList<>();
            List<LocalDate[]> ranges = new ArrayList<>();
            LocalDate open = f.from();
            for (int m = Facts.month(f.from()); m <= Facts.month(f.until().minusDays(1)); m++) {
                LocalDate start = Rollups.firstDay(m);
                LocalDate end = start.plusMonths(1);
                if (!start.isBefore(f.from()) && !end.isAfter(f.until()) && !dirtyMonths.contains(m)) {
                    months.add(m);
                    if (open.isBefore(start)) {
                        ranges.add(new LocalDate[] {open, start});
                    }
                    open = end;
                }
            }
            if (open.isBefore(f.until())) {
                ranges.add(new LocalDate[] {open, f.until()});
            }
            return new Split(months, ranges);
        }

        /** {@code AND (column in one of the ranges)}. */
        String in(String column) {
            StringBuilder sql = new StringBuilder(" AND (");
            for (int i = 0; i < ranges.size(); i++) {
                sql.append(i == 0 ? "" : " OR ").append(column).append(" >= :range").append(i).append("a AND ").append(column)
                        .append(" < :range").append(i).append("b");
            }
            return sql.append(")").toString();
        }

        Query bind(Query q) {
            for (int i = 0; i < ranges.size(); i++) {
                q.bind("range" + i + "a", ranges.get(i)[0]).bind("range" + i + "b", ranges.get(i)[1]);
            }
            if (!months.isEmpty()) {
                q.bindList("months", months);
            }
            return q;
        }
    }

    @Override
    public List<GroupCount> complaintCounts(InsightFilter f, String groupBy) {
        return jdbi.withHandle(h -> {
            java.util.Optional<int[]> span = "WORKER".equals(groupBy) && f.item().isEmpty() ? Spans.current(h, f.from(), f.until())
                    : java.util.Optional.empty();
            if (span.isPresent()) {
                return SpanInsights.complaintsByWorker(h, f, span.get());
            }
            List<LocalDate> days = Rollups.dirtyDays(h, f.from(), f.until());
            Map<String, long[]> counts = new java.util.TreeMap<>();
            StringBuilder region = new StringBuilder();
            f.region().ifPresent(r -> region.append(f.wholeCity() ? " AND r.city_code = :region" : " AND r.district_code = :region"));
            String[] keys = switch (groupBy) {
                case "ITEM" -> new String[] {"i.item_code", "i.item_code"};
                case "DISTRICT" -> new String[] {"o.district_code", "c.district_code"};
                default -> new String[] {"CAST(o.worker_id AS VARCHAR(36))", "CAST(c.worker_id AS VARCHAR(36))"};
            };
            String orderCondition;
            String complaintCondition;
            Split split = null;
            if ("WORKER".equals(groupBy)) {
                split = Split.of(f, days);
                if (!split.months().isEmpty()) {
                    String skill = f.skill().isPresent()
                            ? " AND EXISTS (SELECT 1 FROM analytics.worker_skill fs WHERE fs.worker_id = r.worker_id AND fs.skill = :skill)" : "";
                    for (String[] table : List.of(new String[] {"worker_month", "completed", "0"}, new String[] {"worker_complaint_month", "complaints", "1"})) {
                        int slot = Integer.parseInt(table[2]);
                        split.bind(bindDims(h.createQuery("SELECT CAST(r.worker_id AS VARCHAR(36)) k, SUM(r." + table[1] + ") n FROM analytics."
                                + table[0] + " r WHERE r.in_month IN (<months>)" + dims(f, false) + skill + " GROUP BY r.worker_id"), f))
                                .map((rs, ctx) -> counts.computeIfAbsent(rs.getString("k"), k -> new long[2])[slot] += rs.getLong("n")).list();
                    }
                }
                if (split.ranges().isEmpty()) {
                    return groups(counts);
                }
                orderCondition = split.in("o.completed_day");
                complaintCondition = split.in("c.filed_day");
            } else {
                String key = "ITEM".equals(groupBy) ? "r.item_code" : "r.district_code";
                String keyCondition = "ITEM".equals(groupBy)
                        ? (f.item().isPresent() ? " AND r.item_code = :item" : " AND r.item_code <> '*'")
                        : " AND r.district_code <> '' AND r.item_code = :itemKey";
                for (String[] table : List.of(new String[] {"done_day", "completed", "0"}, new String[] {"complaint_day", "complaints", "1"})) {
                    int slot = Integer.parseInt(table[2]);
                    dirty(bindDims(h.createQuery("SELECT " + key + " k, SUM(r." + table[1] + ") n FROM analytics." + table[0]
                            + " r WHERE r.on_day >= :from AND r.on_day < :until" + cleanOnly(days) + keyCondition + region
                            + " AND r.skill = :skillKey GROUP BY " + key), f), days)
                            .map((rs, ctx) -> counts.computeIfAbsent(rs.getString("k"), k -> new long[2])[slot] += rs.getLong("n")).list();
                }
                if (days.isEmpty()) {
                    return groups(counts);
                }
                orderCondition = dirtyIn(days, "o.completed_day");
                complaintCondition = dirtyIn(days, "c.filed_day");
            }
            String oneItem = "ITEM".equals(groupBy) && f.item().isPresent() ? " AND i.item_code = :item" : "";
            String orderJoin = "ITEM".equals(groupBy) ? " JOIN analytics.order_item i ON i.order_id = o.order_id" : "";
            String complaintJoin = "ITEM".equals(groupBy) ? " JOIN analytics.order_item i ON i.order_id = c.order_id" : "";
            Split ranges = split;
            Query completed = dirty(bind(h.createQuery("SELECT " + keys[0] + " k, COUNT(*) n FROM analytics.order_fact o" + orderJoin
                    + " WHERE o.completed_day >= :from AND o.completed_day < :until AND " + keys[0] + " IS NOT NULL" + orderCondition + oneItem
                    + orders(f) + " GROUP BY " + keys[0]), f), days);
            Query complaints = dirty(bind(h.createQuery("SELECT " + keys[1] + " k, COUNT(*) n FROM analytics.complaint_fact c" + complaintJoin
                    + " WHERE c.filed_day >= :from AND c.filed_day < :until AND " + keys[1] + " IS NOT NULL" + complaintCondition + oneItem
                    + where(f, "c", "c.worker_id", "c.order_id") + " GROUP BY " + keys[1]), f), days);
            if (ranges != null) {
                ranges.bind(completed);
                ranges.bind(complaints);
            }
            completed.map((rs, ctx) -> counts.computeIfAbsent(rs.getString("k"), k -> new long[2])[0] += rs.getLong("n")).list();
            complaints.map((rs, ctx) -> counts.computeIfAbsent(rs.getString("k"), k -> new long[2])[1] += rs.getLong("n")).list();
            return groups(counts);
        });
    }

    private static List<GroupCount> groups(Map<String, long[]> counts) {
        List<GroupCount> out = new ArrayList<>();
        counts.forEach((k, n) -> out.add(new GroupCount(k, n[0], n[1])));
        return out;
    }

    @Override
    public FunnelCounts funnel(InsightFilter f) {
        return jdbi.withHandle(h -> {
            List<LocalDate> days = Rollups.dirtyDays(h, f.from(), f.until());
            StringBuilder quoteRegion = new StringBuilder();
            f.region().ifPresent(r -> quoteRegion.append(f.wholeCity() ? " AND q.city_code = :region" : " AND q.district_code = :region"));
            long quoteCount = dirty(bindDims(h.createQuery("SELECT COALESCE(SUM(q.quotes), 0) FROM analytics.quote_day q "
                    + "WHERE q.on_day >= :from AND q.on_day < :until AND q.item_code = :itemKey" + quoteRegion
                    + (days.isEmpty() ? "" : " AND q.on_day NOT IN (<dirty>)")), f), days).mapTo(Long.class).one();
            long[] steps = dirty(bindDims(h.createQuery("SELECT COALESCE(SUM(r.orders), 0) n, COALESCE(SUM(r.accepted), 0) a, "
                    + "COALESCE(SUM(r.paid), 0) p, COALESCE(SUM(r.completed), 0) c, COALESCE(SUM(r.open_orders), 0) open "
                    + "FROM analytics.order_day r WHERE r.on_day >= :from AND r.on_day < :until" + cleanOnly(days) + dims(f, true)), f), days)
                    .map((rs, ctx) -> new long[] {rs.getLong("n"), rs.getLong("a"), rs.getLong("p"), rs.getLong("c"), rs.getLong("open")}).one();
            Map<List<String>, Long> losses = new HashMap<>();
            dirty(bindDims(h.createQuery("SELECT r.actor, r.reason, SUM(r.orders) n FROM analytics.loss_day r WHERE r.on_day >= :from "
                    + "AND r.on_day < :until" + cleanOnly(days) + dims(f, true) + " GROUP BY r.actor, r.reason"), f), days)
                    .map((rs, ctx) -> losses.merge(java.util.Arrays.asList(blankNull(rs.getString("actor")), blankNull(rs.getString("reason"))),
                            rs.getLong("n"), Long::sum)).list();
            if (!days.isEmpty()) {
                StringBuilder quoteItem = new StringBuilder();
                f.item().ifPresent(i -> quoteItem.append(" AND q.item_codes LIKE :itemLike"));
                Query quotes = dirty(bind(h.createQuery("SELECT COUNT(*) FROM analytics.quote_fact q WHERE q.quoted_day >= :from "
                        + "AND q.quoted_day < :until" + dirtyIn(days, "q.quoted_day") + quoteRegion + quoteItem), f), days);
                f.item().ifPresent(i -> quotes.bind("itemLike", "%," + i + ",%"));
                quoteCount += quotes.mapTo(Long.class).one();
                String submitted = " FROM analytics.order_fact o WHERE o.submitted_day >= :from AND o.submitted_day < :until"
                        + dirtyIn(days, "o.submitted_day") + orders(f);
                long[] more = dirty(bind(h.createQuery("SELECT COUNT(*) n, COUNT(o.accepted_at) a, COUNT(o.paid_at) p, COUNT(o.completed_at) c, "
                        + "SUM(CASE WHEN o.completed_at IS NULL AND o.cancelled_at IS NULL THEN 1 ELSE 0 END) open" + submitted), f), days)
                        .map((rs, ctx) -> new long[] {rs.getLong("n"), rs.getLong("a"), rs.getLong("p"), rs.getLong("c"), rs.getLong("open")})
                        .one();
                for (int i = 0; i < steps.length; i++) {
                    steps[i] += more[i];
                }
                dirty(bind(h.createQuery("SELECT o.cancel_actor actor, o.cancel_reason reason, COUNT(*) n" + submitted
                        + " AND o.cancelled_at IS NOT NULL AND o.completed_at IS NULL GROUP BY o.cancel_actor, o.cancel_reason"), f), days)
                        .map((rs, ctx) -> losses.merge(java.util.Arrays.asList(rs.getString("actor"), rs.getString("reason")), rs.getLong("n"),
                                Long::sum)).list();
            }
            List<Loss> lost = new ArrayList<>();
            losses.forEach((k, n) -> lost.add(new Loss(k.get(0), k.get(1), n)));
            lost.sort(java.util.Comparator.comparingLong(Loss::orders).reversed()
                    .thenComparing(Loss::reason, java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())));
            return new FunnelCounts(quoteCount, steps[0], steps[1], steps[2], steps[3], steps[4], lost);
        });
    }

    private static String blankNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    private static String reviewed(InsightFilter f) {
        return " FROM analytics.review_fact r JOIN analytics.order_fact o ON o.order_id = r.order_id WHERE r.hidden = FALSE "
                + "AND r.review_day >= :from AND r.review_day < :until" + orders(f);
    }

    @Override
    public ReviewSums reviews(InsightFilter f) {
        return jdbi.withHandle(h -> {
            List<LocalDate> days = Rollups.dirtyDays(h, f.from(), f.until());
            long[] sums = dirty(bindDims(h.createQuery("SELECT COALESCE(SUM(r.reviews), 0) n, COALESCE(SUM(r.attitude), 0) a, "
                    + "COALESCE(SUM(r.skill_stars), 0) s, COALESCE(SUM(r.efficiency), 0) e, COALESCE(SUM(r.punctuality), 0) p, "
                    + "COALESCE(SUM(r.overall), 0) o, COALESCE(SUM(r.low_star), 0) low FROM analytics.review_day r "
                    + "WHERE r.on_day >= :from AND r.on_day < :until" + cleanOnly(days) + dims(f, true)), f), days)
                    .map(JdbiInsightQueries::reviewSums).one();
            if (!days.isEmpty()) {
                long[] more = dirty(bind(h.createQuery("SELECT COUNT(*) n, COALESCE(SUM(r.attitude), 0) a, COALESCE(SUM(r.skill), 0) s, "
                        + "COALESCE(SUM(r.efficiency), 0) e, COALESCE(SUM(r.punctuality), 0) p, COALESCE(SUM(r.overall), 0) o, "
                        + "COALESCE(SUM(CASE WHEN r.overall <= " + Facts.LOW_STARS + " THEN 1 ELSE 0 END), 0) low"
                        + reviewed(f) + dirtyIn(days, "r.review_day")), f), days).map(JdbiInsightQueries::reviewSums).one();
                for (int i = 0; i < sums.length; i++) {
                    sums[i] += more[i];
                }
            }
            return new ReviewSums(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5], sums[6]);
        });
    }

    private static long[] reviewSums(java.sql.ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws java.sql.SQLException {
        return new long[] {rs.getLong("n"), rs.getLong("a"), rs.getLong("s"), rs.getLong("e"), rs.getLong("p"), rs.getLong("o"), rs.getLong("low")};
    }

    @Override
    public List<WordCount> lowStarWords(InsightFilter f, int limit) {
        return jdbi.withHandle(h -> {
            List<LocalDate> days = Rollups.dirtyDays(h, f.from(), f.until());
            Map<String, long[]> words = new HashMap<>();
            dirty(bindDims(h.createQuery("SELECT r.word, SUM(r.reviews) n, SUM(r.hits) hits FROM analytics.word_day r "
                    + "WHERE r.on_day >= :from AND r.on_day < :until" + cleanOnly(days) + dims(f, true) + " GROUP BY r.word"), f), days)
                    .map((rs, ctx) -> addWord(words, rs)).list();
            if (!days.isEmpty()) {
                dirty(bind(h.createQuery("SELECT w.word, COUNT(*) n, SUM(w.hits) hits FROM analytics.review_word w "
                        + "JOIN analytics.review_fact r ON r.order_id = w.order_id JOIN analytics.order_fact o ON o.order_id = r.order_id "
                        + "WHERE r.hidden = FALSE AND r.overall <= " + Facts.LOW_STARS + " AND r.review_day >= :from AND r.review_day < :until"
                        + dirtyIn(days, "r.review_day") + orders(f) + " GROUP BY w.word"), f), days).map((rs, ctx) -> addWord(words, rs)).list();
            }
            return words.entrySet().stream().map(e -> new WordCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
                    .sorted(java.util.Comparator.comparingLong(WordCount::reviews).reversed()
                            .thenComparing(java.util.Comparator.comparingLong(WordCount::hits).reversed()).thenComparing(WordCount::word))
                    .limit(limit).toList();
        });
    }

    private static long[] addWord(Map<String, long[]> words, java.sql.ResultSet rs) throws java.sql.SQLException {
        long[] n = words.computeIfAbsent(rs.getString("word"), k -> new long[2]);
        n[0] += rs.getLong("n");
        n[1] += rs.getLong("hits");
        return n;
    }

    @Override
    public CustomerCounts customers(InsightFilter f) {
        return jdbi.withHandle(h -> {
            java.util.Optional<int[]> span = f.item().isPresent() || f.skill().isPresent() ? java.util.Optional.empty()
                    : Spans.current(h, f.from(), f.until()).filter(s -> Spans.birthYearsCurrent(h));
            if (span.isPresent()) {
                return SpanInsights.customers(h, f, span.get());
            }
            String period = " FROM analytics.order_fact o WHERE o.submitted_day >= :from AND o.submitted_day < :until" + orders(f);
            long customers = bind(h.createQuery("SELECT COUNT(DISTINCT o.customer_id)" + period), f).mapTo(Long.class).one();
            java.util.Map<Integer, Long> years = new java.util.HashMap<>();
            bind(h.createQuery("SELECT c.birth_year y, COUNT(DISTINCT o.customer_id) n FROM analytics.order_fact o "
                    + "LEFT JOIN analytics.customer_dim c ON c.customer_id = o.customer_id WHERE o.submitted_day >= :from "
                    + "AND o.submitted_day < :until" + orders(f) + " GROUP BY c.birth_year"), f)
                    .map((rs, ctx) -> years.put(rs.getObject("y") == null ? null : rs.getInt("y"), rs.getLong("n"))).list();
            java.util.Map<String, Long> districts = new java.util.TreeMap<>();
            bind(h.createQuery("SELECT o.district_code k, COUNT(DISTINCT o.customer_id) n" + period + " GROUP BY o.district_code"), f)
                    .map((rs, ctx) -> districts.put(String.valueOf(rs.getString("k")), rs.getLong("n"))).list();
            java.util.Map<String, Long> frequency = new java.util.TreeMap<>();
            bind(h.createQuery("SELECT CASE WHEN t.n = 1 THEN '1' WHEN t.n = 2 THEN '2' WHEN t.n <= 5 THEN '3-5' ELSE '6+' END k, COUNT(*) c "
                    + "FROM (SELECT o.customer_id, COUNT(*) n" + period + " GROUP BY o.customer_id) t "
                    + "GROUP BY CASE WHEN t.n = 1 THEN '1' WHEN t.n = 2 THEN '2' WHEN t.n <= 5 THEN '3-5' ELSE '6+' END"), f)
                    .map((rs, ctx) -> frequency.put(rs.getString("k"), rs.getLong("c"))).list();
            java.util.Map<Integer, Long> hours = new java.util.TreeMap<>();
            bind(h.createQuery("SELECT o.start_hour k, COUNT(*) n" + period + " AND o.start_hour IS NOT NULL GROUP BY o.start_hour"), f)
                    .map((rs, ctx) -> hours.put(rs.getInt("k"), rs.getLong("n"))).list();
            java.util.Map<String, Long> items = new java.util.TreeMap<>();
            bind(h.createQuery("SELECT i.item_code k, COUNT(DISTINCT o.customer_id) n FROM analytics.order_fact o "
                    + "JOIN analytics.order_item i ON i.order_id = o.order_id WHERE o.submitted_day >= :from AND o.submitted_day < :until"
                    + orders(f) + " GROUP BY i.item_code"), f)
                    .map((rs, ctx) -> items.put(rs.getString("k"), rs.getLong("n"))).list();
            return new CustomerCounts(customers, years, districts, frequency, hours, items);
        });
    }
}
