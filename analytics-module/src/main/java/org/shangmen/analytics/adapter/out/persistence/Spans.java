package org.shangmen.analytics.adapter.out.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.shangmen.analytics.domain.Facts;

/**
 * The figures that count distinct customers (a worker's customers and repeat customers, the customer profile),
 * which do not add up across days or months, kept for whole spans: every calendar month and calendar year that
 * has facts, per region ({@code *}, a district, a city). Each is computed from the facts with the very statement
 * the facts path runs, so it answers the same figures; a span is read only when the period is exactly the span
 * and none of its days is dirty.
 */
final class Spans {

    /** The region expressions: every order, by district, by city (as cohort_month). */
    private static final List<String> REGIONS = List.of("'*'", "o.district_code", "o.city_code");

    /** The band of a customer's orders in the period, over a column {@code n}. */
    static final String BAND = "CASE WHEN t.n = 1 THEN '1' WHEN t.n = 2 THEN '2' WHEN t.n <= 5 THEN '3-5' ELSE '6+' END";

    private Spans() {
    }

    /** [from month, until month) when the period is exactly one calendar month or one calendar year. */
    static Optional<int[]> of(LocalDate from, LocalDate until) {
        if (from.getDayOfMonth() != 1 || until.getDayOfMonth() != 1) {
            return Optional.empty();
        }
        int a = Facts.month(from);
        int b = Facts.month(until);
        return b == a + 1 || (from.getMonthValue() == 1 && b == a + 12) ? Optional.of(new int[] {a, b}) : Optional.empty();
    }

    /** The span the period is, when it has been computed and none of its days is dirty; else the facts answer. */
    static Optional<int[]> current(Handle h, LocalDate from, LocalDate until) {
        return of(from, until).filter(s -> h.createQuery("SELECT COUNT(*) FROM analytics.span_done WHERE from_month = :a AND until_month = :b")
                .bind("a", s[0]).bind("b", s[1]).mapTo(Long.class).one() > 0 && Rollups.dirtyDays(h, from, until).isEmpty());
    }

    /** Recomputes the spans of the months refreshed (each month and its year), and forgets spans left without orders. */
    static void refresh(Handle h, Collection<Integer> months) {
        // The print first: a birth year set while the facets are computed makes it differ, never match stale facets.
        String print = birthPrint(h);
        TreeSet<List<Integer>> spans = new TreeSet<>(java.util.Comparator.<List<Integer>>comparingInt(s -> s.get(0)).thenComparingInt(s -> s.get(1)));
        for (int m : months) {
            spans.add(List.of(m, m + 1));
            spans.add(List.of(m / 12 * 12, m / 12 * 12 + 12));
        }
        for (List<Integer> s : spans) {
            compute(h, s.get(0), s.get(1));
        }
        refreshYears(h, print);
        if (months.isEmpty()) {
            return;
        }
        List<List<Integer>> known = h.createQuery("SELECT from_month, until_month FROM analytics.span_done")
                .map((rs, ctx) -> List.of(rs.getInt(1), rs.getInt(2))).list();
        for (List<Integer> s : known) {
            if (!spans.contains(s) && h.createQuery("SELECT COUNT(*) FROM analytics.order_fact WHERE (submitted_day >= :from AND submitted_day "
                            + "< :until) OR (completed_day >= :from AND completed_day < :until)")
                    .bind("from", Rollups.firstDay(s.get(0))).bind("until", Rollups.firstDay(s.get(1))).mapTo(Long.class).one() == 0) {
                delete(h, s.get(0), s.get(1));
            }
        }
    }

    private static void delete(Handle h, int a, int b) {
        for (String table : List.of("span_done", "worker_span", "profile_span")) {
            h.createUpdate("DELETE FROM analytics." + table + " WHERE from_month = :a AND until_month = :b").bind("a", a).bind("b", b).execute();
        }
    }

    /** Customers per birth year ('null' unknown) of the orders submitted in the span, as the facts path counts them. */
    private static String years(String region) {
        boolean each = !region.startsWith("'");
        return "INSERT INTO analytics.profile_span (from_month, until_month, region, facet, facet_key, n) SELECT :a, :b, " + region
                + ", 'YEAR', COALESCE(CAST(c.birth_year AS VARCHAR(8)), 'null'), COUNT(DISTINCT o.customer_id) FROM analytics.order_fact o "
                + "LEFT JOIN analytics.customer_dim c ON c.customer_id = o.customer_id WHERE o.submitted_day >= :from AND o.submitted_day < :until"
                + (each ? " AND " + region + " IS NOT NULL GROUP BY " + region + ", c.birth_year" : " GROUP BY c.birth_year");
    }

    /** The customers' birth years in short: the count and sums of the years and of the times they were set. */
    static String birthPrint(Handle h) {
        return h.createQuery("SELECT COUNT(birth_year) n, COALESCE(SUM(birth_year), 0) y, COUNT(birth_year_at) m, "
                        + "COALESCE(SUM(EXTRACT(EPOCH FROM birth_year_at)), 0) t FROM analytics.customer_dim "
                        + "WHERE birth_year IS NOT NULL OR birth_year_at IS NOT NULL")
                .map((rs, ctx) -> rs.getLong("n") + "/" + rs.getLong("y") + "/" + rs.getLong("m") + "/" + rs.getBigDecimal("t").stripTrailingZeros().toPlainString())
                .one();
    }

    /** Whether the YEAR facets were computed with the customers' birth years as they are now. */
    static boolean birthYearsCurrent(Handle h) {
        return h.createQuery("SELECT print FROM analytics.birth_print WHERE id = 1").mapTo(String.class).findOne()
                .map(p -> p.equals(birthPrint(h))).orElse(false);
    }

    /** Recomputes every span's YEAR facets when a birth year changed since they were computed. */
    private static void refreshYears(Handle h, String print) {
        if (h.createQuery("SELECT print FROM analytics.birth_print WHERE id = 1").mapTo(String.class).findOne().map(print::equals).orElse(false)) {
            return;
        }
        for (List<Integer> s : h.createQuery("SELECT from_month, until_month FROM analytics.span_done")
                .map((rs, ctx) -> List.of(rs.getInt(1), rs.getInt(2))).list()) {
            h.createUpdate("DELETE FROM analytics.profile_span WHERE from_month = :a AND until_month = :b AND facet = 'YEAR'")
                    .bind("a", s.get(0)).bind("b", s.get(1)).execute();
            for (String region : REGIONS) {
                h.createUpdate(years(region)).bind("a", s.get(0)).bind("b", s.get(1)).bind("from", Rollups.firstDay(s.get(0)))
                        .bind("until", Rollups.firstDay(s.get(1))).execute();
            }
        }
        h.createUpdate("DELETE FROM analytics.birth_print").execute();
        h.createUpdate("INSERT INTO analytics.birth_print (id, print) VALUES (1, :print)").bind("print", print).execute();
    }

    static void compute(Handle h, int a, int b) {
        delete(h, a, b);
        for (String region : REGIONS) {
            boolean each = !region.startsWith("'");
            String notNull = each ? " AND " + region + " IS NOT NULL" : "";
            String by = each ? region + ", " : "";
            String submitted = " FROM analytics.order_fact o WHERE o.submitted_day >= :from AND o.submitted_day < :until" + notNull;
            List<String> statements = new ArrayList<>();
            String complaintRegion = region.replace("o.", "c.");
            statements.add("INSERT INTO analytics.worker_span (from_month, until_month, region, worker_id, completed, checked_in, on_time, "
                    + "reviews, stars, customers, repeat_customers, complaints) SELECT :a, :b, u.r, u.w, SUM(u.n), SUM(u.checked), SUM(u.on_time), "
                    + "SUM(u.reviews), SUM(u.stars), SUM(u.customers), SUM(u.repeat_customers), SUM(u.complaints) FROM ("
                    + "SELECT t.r, t.w, SUM(t.n) n, SUM(t.checked) checked, SUM(t.on_time) on_time, SUM(t.reviews) reviews, SUM(t.stars) stars, "
                    + "COUNT(t.cu) customers, SUM(CASE WHEN t.n >= 2 THEN 1 ELSE 0 END) repeat_customers, 0 complaints FROM (SELECT " + region
                    + " r, o.worker_id w, o.customer_id cu, COUNT(*) n, COUNT(o.checked_in_at) checked, "
                    + "SUM(CASE WHEN o.checked_in_at IS NOT NULL AND o.checked_in_at <= o.starts_at THEN 1 ELSE 0 END) on_time, "
                    + "COUNT(v.order_id) reviews, COALESCE(SUM(v.overall), 0) stars FROM analytics.order_fact o "
                    + "LEFT JOIN analytics.review_fact v ON v.order_id = o.order_id AND v.hidden = FALSE WHERE o.completed_day >= :from "
                    + "AND o.completed_day < :until AND o.worker_id IS NOT NULL" + notNull + " GROUP BY " + by + "o.worker_id, o.customer_id) t "
                    + "GROUP BY t.r, t.w UNION ALL SELECT " + complaintRegion + " r, c.worker_id w, 0, 0, 0, 0, 0, 0, 0, COUNT(*) "
                    + "FROM analytics.complaint_fact c WHERE c.filed_day >= :from AND c.filed_day < :until AND c.worker_id IS NOT NULL"
                    + (each ? " AND " + complaintRegion + " IS NOT NULL GROUP BY " + complaintRegion + ", c.worker_id" : " GROUP BY c.worker_id")
                    + ") u GROUP BY u.r, u.w");
            String profile = "INSERT INTO analytics.profile_span (from_month, until_month, region, facet, facet_key, n) ";
            statements.add(profile + "SELECT :a, :b, " + region + ", 'ALL', '', COUNT(DISTINCT o.customer_id)" + submitted
                    + (each ? " GROUP BY " + region : ""));
            statements.add(profile + "SELECT :a, :b, " + region + ", 'DISTRICT', COALESCE(o.district_code, 'null'), COUNT(DISTINCT o.customer_id)"
                    + submitted + " GROUP BY " + (region.equals("o.district_code") ? "" : by) + "o.district_code");
            statements.add(profile + "SELECT :a, :b, t.r, 'FREQ', " + BAND + ", COUNT(*) FROM (SELECT " + region + " r, o.customer_id, COUNT(*) n"
                    + submitted + " GROUP BY " + by + "o.customer_id) t GROUP BY t.r, " + BAND);
            statements.add(profile + "SELECT :a, :b, " + region + ", 'HOUR', CAST(o.start_hour AS VARCHAR(8)), COUNT(*)" + submitted
                    + " AND o.start_hour IS NOT NULL GROUP BY " + by + "o.start_hour");
            statements.add(profile + "SELECT :a, :b, " + region + ", 'ITEM', i.item_code, COUNT(DISTINCT o.customer_id) FROM analytics.order_fact o "
                    + "JOIN analytics.order_item i ON i.order_id = o.order_id WHERE o.submitted_day >= :from AND o.submitted_day < :until" + notNull
                    + " GROUP BY " + by + "i.item_code");
            statements.add(years(region));
            for (String sql : statements) {
                h.createUpdate(sql).bind("a", a).bind("b", b).bind("from", Rollups.firstDay(a)).bind("until", Rollups.firstDay(b)).execute();
            }
        }
        h.createUpdate("INSERT INTO analytics.span_done (from_month, until_month) VALUES (:a, :b)").bind("a", a).bind("b", b).execute();
    }
}
