package org.shangmen.analytics.adapter.out.persistence;

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
        q.bind("from", f.from()).bind("until", f.until());
        f.region().ifPresent(r -> q.bind("region", r));
        f.item().ifPresent(i -> q.bind("item", i));
        f.skill().ifPresent(s -> q.bind("skill", s));
        return q;
    }

    @Override
    public List<DayCount> demandByDay(InsightFilter f) {
        return jdbi.withHandle(h -> bind(h.createQuery("SELECT o.submitted_day d, COUNT(*) n, SUM(CASE WHEN o.completed_at IS NULL THEN 0 ELSE 1 END) c, "
                + "SUM(CASE WHEN o.completed_at IS NULL THEN 0 ELSE o.total_fen END) amount, "
                + "SUM(CASE WHEN o.completed_at IS NULL THEN 0 ELSE o.discount_fen END) discount FROM analytics.order_fact o "
                + "WHERE o.submitted_day >= :from AND o.submitted_day < :until" + orders(f) + " GROUP BY o.submitted_day ORDER BY o.submitted_day"), f)
                .map((rs, ctx) -> new DayCount(rs.getObject("d", java.time.LocalDate.class), rs.getLong("n"), rs.getLong("c"),
                        rs.getLong("amount"), rs.getLong("discount")))
                .list());
    }

    @Override
    public List<ItemCount> itemMix(InsightFilter f) {
        return jdbi.withHandle(h -> bind(h.createQuery("SELECT i.item_code k, COUNT(*) n, SUM(CASE WHEN o.completed_at IS NULL THEN 0 ELSE 1 END) c, "
                + "SUM(CASE WHEN o.completed_at IS NULL THEN 0 ELSE o.total_fen END) amount FROM analytics.order_fact o "
                + "JOIN analytics.order_item i ON i.order_id = o.order_id "
                + "WHERE o.submitted_day >= :from AND o.submitted_day < :until" + orders(f) + " GROUP BY i.item_code ORDER BY COUNT(*) DESC, i.item_code"), f)
                .map((rs, ctx) -> new ItemCount(rs.getString("k"), rs.getLong("n"), rs.getLong("c"), rs.getLong("amount")))
                .list());
    }

    @Override
    public List<WorkerStats> workerStats(InsightFilter f) {
        return jdbi.withHandle(h -> {
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
        });
    }

    @Override
    public List<CohortCell> cohorts(InsightFilter f) {
        return jdbi.withHandle(h -> bind(h.createQuery("SELECT c.first_month m0, o.submitted_month m, COUNT(DISTINCT o.customer_id) n "
                        + "FROM analytics.order_fact o JOIN analytics.customer_dim c ON c.customer_id = o.customer_id "
                        + "WHERE o.submitted_day >= :from AND o.submitted_day < :until AND c.first_month >= :fromMonth "
                        + "AND c.first_month < :untilMonth AND o.submitted_month >= c.first_month" + orders(f)
                        + " GROUP BY c.first_month, o.submitted_month ORDER BY c.first_month, o.submitted_month"), f)
                .bind("fromMonth", Facts.month(f.from())).bind("untilMonth", Facts.month(f.until().minusDays(1)) + 1)
                .map((rs, ctx) -> new CohortCell(rs.getInt("m0"), rs.getInt("m"), rs.getLong("n")))
                .list());
    }

    @Override
    public List<GroupCount> complaintCounts(InsightFilter f, String groupBy) {
        return jdbi.withHandle(h -> {
            String[] keys = switch (groupBy) {
                case "ITEM" -> new String[] {"i.item_code", "i.item_code"};
                case "DISTRICT" -> new String[] {"o.district_code", "c.district_code"};
                default -> new String[] {"CAST(o.worker_id AS VARCHAR(36))", "CAST(c.worker_id AS VARCHAR(36))"};
            };
            String orderJoin = "ITEM".equals(groupBy) ? " JOIN analytics.order_item i ON i.order_id = o.order_id" : "";
            String complaintJoin = "ITEM".equals(groupBy) ? " JOIN analytics.order_item i ON i.order_id = c.order_id" : "";
            Map<String, long[]> counts = new java.util.TreeMap<>();
            bind(h.createQuery("SELECT " + keys[0] + " k, COUNT(*) n FROM analytics.order_fact o" + orderJoin
                    + " WHERE o.completed_day >= :from AND o.completed_day < :until AND " + keys[0] + " IS NOT NULL" + orders(f)
                    + " GROUP BY " + keys[0]), f)
                    .map((rs, ctx) -> counts.computeIfAbsent(rs.getString("k"), k -> new long[2])[0] = rs.getLong("n")).list();
            bind(h.createQuery("SELECT " + keys[1] + " k, COUNT(*) n FROM analytics.complaint_fact c" + complaintJoin
                    + " WHERE c.filed_day >= :from AND c.filed_day < :until AND " + keys[1] + " IS NOT NULL"
                    + where(f, "c", "c.worker_id", "c.order_id") + " GROUP BY " + keys[1]), f)
                    .map((rs, ctx) -> counts.computeIfAbsent(rs.getString("k"), k -> new long[2])[1] = rs.getLong("n")).list();
            List<GroupCount> out = new ArrayList<>();
            counts.forEach((k, n) -> out.add(new GroupCount(k, n[0], n[1])));
            return out;
        });
    }

    @Override
    public FunnelCounts funnel(InsightFilter f) {
        return jdbi.withHandle(h -> {
            StringBuilder quoteWhere = new StringBuilder();
            f.region().ifPresent(r -> quoteWhere.append(f.wholeCity() ? " AND q.city_code = :region" : " AND q.district_code = :region"));
            f.item().ifPresent(i -> quoteWhere.append(" AND q.item_codes LIKE :itemLike"));
            Query quotes = bind(h.createQuery("SELECT COUNT(*) FROM analytics.quote_fact q WHERE q.quoted_day >= :from AND q.quoted_day < :until"
                    + quoteWhere), f);
            f.item().ifPresent(i -> quotes.bind("itemLike", "%," + i + ",%"));
            long quoteCount = quotes.mapTo(Long.class).one();
            String submitted = " FROM analytics.order_fact o WHERE o.submitted_day >= :from AND o.submitted_day < :until" + orders(f);
            long[] steps = bind(h.createQuery("SELECT COUNT(*) n, COUNT(o.accepted_at) a, COUNT(o.paid_at) p, COUNT(o.completed_at) c, "
                    + "SUM(CASE WHEN o.completed_at IS NULL AND o.cancelled_at IS NULL THEN 1 ELSE 0 END) open" + submitted), f)
                    .map((rs, ctx) -> new long[] {rs.getLong("n"), rs.getLong("a"), rs.getLong("p"), rs.getLong("c"), rs.getLong("open")}).one();
            List<Loss> losses = bind(h.createQuery("SELECT o.cancel_actor actor, o.cancel_reason reason, COUNT(*) n" + submitted
                    + " AND o.cancelled_at IS NOT NULL AND o.completed_at IS NULL GROUP BY o.cancel_actor, o.cancel_reason "
                    + "ORDER BY COUNT(*) DESC, o.cancel_reason"), f)
                    .map((rs, ctx) -> new Loss(rs.getString("actor"), rs.getString("reason"), rs.getLong("n"))).list();
            return new FunnelCounts(quoteCount, steps[0], steps[1], steps[2], steps[3], steps[4], losses);
        });
    }

    private static String reviewed(InsightFilter f) {
        return " FROM analytics.review_fact r JOIN analytics.order_fact o ON o.order_id = r.order_id WHERE r.hidden = FALSE "
                + "AND r.review_day >= :from AND r.review_day < :until" + orders(f);
    }

    @Override
    public ReviewSums reviews(InsightFilter f) {
        return jdbi.withHandle(h -> bind(h.createQuery("SELECT COUNT(*) n, SUM(r.attitude) a, SUM(r.skill) s, SUM(r.efficiency) e, "
                + "SUM(r.punctuality) p, SUM(r.overall) o, SUM(CASE WHEN r.overall <= " + Facts.LOW_STARS + " THEN 1 ELSE 0 END) low"
                + reviewed(f)), f)
                .map((rs, ctx) -> new ReviewSums(rs.getLong("n"), rs.getLong("a"), rs.getLong("s"), rs.getLong("e"), rs.getLong("p"),
                        rs.getLong("o"), rs.getLong("low"))).one());
    }

    @Override
    public List<WordCount> lowStarWords(InsightFilter f, int limit) {
        return jdbi.withHandle(h -> bind(h.createQuery("SELECT w.word, COUNT(*) n, SUM(w.hits) hits FROM analytics.review_word w "
                + "JOIN analytics.review_fact r ON r.order_id = w.order_id JOIN analytics.order_fact o ON o.order_id = r.order_id "
                + "WHERE r.hidden = FALSE AND r.overall <= " + Facts.LOW_STARS + " AND r.review_day >= :from AND r.review_day < :until"
                + orders(f) + " GROUP BY w.word ORDER BY COUNT(*) DESC, SUM(w.hits) DESC, w.word LIMIT :limit"), f)
                .bind("limit", limit)
                .map((rs, ctx) -> new WordCount(rs.getString("word"), rs.getLong("n"), rs.getLong("hits"))).list());
    }

    @Override
    public CustomerCounts customers(InsightFilter f) {
        return jdbi.withHandle(h -> {
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
