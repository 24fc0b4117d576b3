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
        TreeSet<List<Integer>> spans = new TreeSet<>(java.util.Comparator.<List<Integer>>comparingInt(s -> s.get(0)).thenComparingInt(s -> s.get(1)));
        for (int m : months) {
            spans.add(List.of(m, m + 1));
            spans.add(List.of(m / 12 * 12, m / 12 * 12 + 12));
        }
        for (List<Integer> s : spans) {
            compute(h, s.get(0), s.get(1));
        }
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
        for (String table : List.of("span_done", "worker_span", "profile_span", "customer_span")) {
            h.createUpdate("DELETE FROM analytics." + table + " WHERE from_month = :a AND until_month = :b").bind("a", a).bind("b", b).execute();
        }
    }

    static void compute(Handle h, int a, int b) {
        delete(h, a, b);
        for (String region : REGIONS) {
            boolean each = !region.startsWith("'");
            String notNull = each ? " AND " + region + " IS NOT NULL" : "";
            String by = each ? region + ", " : "";
            String submitted = " FROM analytics.order_fact o WHERE o.submitted_day >= :from AND o.submitted_day < :until" + notNull;
            List<String> statements = new ArrayList<>();
            statements.add("INSERT INTO analytics.worker_span (from_month, until_month, region, worker_id, customers, repeat_customers) "
                    + "SELECT :a, :b, t.r, t.w, COUNT(t.cu), SUM(CASE WHEN t.n >= 2 THEN 1 ELSE 0 END) FROM (SELECT " + region
                    + " r, o.worker_id w, o.customer_id cu, COUNT(*) n FROM analytics.order_fact o WHERE o.completed_day >= :from "
                    + "AND o.completed_day < :until AND o.worker_id IS NOT NULL" + notNull + " GROUP BY " + by + "o.worker_id, o.customer_id) t "
                    + "GROUP BY t.r, t.w");
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
            statements.add("INSERT INTO analytics.customer_span (from_month, until_month, region, customer_id) SELECT :a, :b, " + region
                    + ", o.customer_id" + submitted + " AND o.customer_id IS NOT NULL GROUP BY " + by + "o.customer_id");
            for (String sql : statements) {
                h.createUpdate(sql).bind("a", a).bind("b", b).bind("from", Rollups.firstDay(a)).bind("until", Rollups.firstDay(b)).execute();
            }
        }
        h.createUpdate("INSERT INTO analytics.span_done (from_month, until_month) VALUES (:a, :b)").bind("a", a).bind("b", b).execute();
    }
}
