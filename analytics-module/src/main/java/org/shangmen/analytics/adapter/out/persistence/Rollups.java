package org.shangmen.analytics.adapter.out.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.shangmen.analytics.domain.Facts;

/**
 * The rollups beside the detail facts. A write to the facts marks the days it touches dirty; {@link #refresh}
 * recomputes the rollups of dirty days (and of their months) from the facts, so a rollup row is always a
 * function of the facts, whatever the order and number of the events that made them. Every rollup has a row
 * with item {@code *} and skill {@code *} that counts an order once, and one row per item of the order and per
 * skill of its worker, so a filter on one item or one skill reads one row a day and district. The figures
 * that count distinct customers are kept per calendar month and year by {@link Spans}.
 */
final class Rollups {

    static final String ALL = "*";

    private Rollups() {
    }

    /** Marks days dirty, in ascending order (so that concurrent writers and a refresh take their locks in one order). */
    static void mark(Handle h, Collection<LocalDate> days) {
        for (LocalDate day : new TreeSet<>(days.stream().filter(java.util.Objects::nonNull).toList())) {
            h.createUpdate("INSERT INTO analytics.dirty_day (on_day, in_month) VALUES (:day, :month) ON CONFLICT DO NOTHING")
                    .bind("day", day).bind("month", Facts.month(day)).execute();
        }
    }

    /** Every day an order's rollups draw on: submitted, completed, its review's and its complaints' days. */
    static void markOrder(Handle h, java.util.UUID orderId) {
        mark(h, h.createQuery("SELECT submitted_day d FROM analytics.order_fact WHERE order_id = :id "
                        + "UNION SELECT completed_day FROM analytics.order_fact WHERE order_id = :id "
                        + "UNION SELECT review_day FROM analytics.review_fact WHERE order_id = :id "
                        + "UNION SELECT filed_day FROM analytics.complaint_fact WHERE order_id = :id")
                .bind("id", orderId).mapTo(LocalDate.class).list());
    }

    /** Every day of a worker's orders, reviews and complaints: after the worker's skills changed. */
    static void markWorker(Handle h, java.util.UUID workerId) {
        mark(h, h.createQuery("SELECT submitted_day d FROM analytics.order_fact WHERE worker_id = :id "
                        + "UNION SELECT completed_day FROM analytics.order_fact WHERE worker_id = :id "
                        + "UNION SELECT review_day FROM analytics.review_fact WHERE worker_id = :id "
                        + "UNION SELECT filed_day FROM analytics.complaint_fact WHERE worker_id = :id")
                .bind("id", workerId).mapTo(LocalDate.class).list());
    }

    /** Every day a customer ordered on: after the month of their first order changed (their cohort). */
    static void markCustomer(Handle h, java.util.UUID customerId) {
        mark(h, h.createQuery("SELECT submitted_day FROM analytics.order_fact WHERE customer_id = :id AND submitted_day IS NOT NULL")
                .bind("id", customerId).mapTo(LocalDate.class).list());
    }

    static List<LocalDate> dirtyDays(Handle h, LocalDate from, LocalDate until) {
        return h.createQuery("SELECT on_day FROM analytics.dirty_day WHERE on_day >= :from AND on_day < :until ORDER BY on_day")
                .bind("from", from).bind("until", until).mapTo(LocalDate.class).list();
    }

    /** The item and skill variants: {column expression, join, group-by term (null for the constant)}. */
    private static List<String[]> variants(String order, String worker, boolean skills) {
        List<String[]> items = List.of(new String[] {"'*'", "", null},
                new String[] {"i.item_code", " JOIN analytics.order_item i ON i.order_id = " + order, "i.item_code"});
        List<String[]> skillVariants = new ArrayList<>();
        skillVariants.add(new String[] {"'*'", "", null});
        if (skills) {
            skillVariants.add(new String[] {"s.skill", " JOIN analytics.worker_skill s ON s.worker_id = " + worker, "s.skill"});
        }
        List<String[]> out = new ArrayList<>();
        for (String[] i : items) {
            for (String[] s : skillVariants) {
                out.add(new String[] {i[0], s[0], i[1] + s[1], groupBy(i[2], s[2])});
            }
        }
        return out;
    }

    private static String groupBy(String... terms) {
        StringBuilder sql = new StringBuilder();
        for (String t : terms) {
            if (t != null) {
                sql.append(", ").append(t);
            }
        }
        return sql.toString();
    }

    /**
     * Recomputes the rollups of every dirty day and of the months they fall in, clearing each mark in the same
     * transaction as its rows. Returns the number of days refreshed.
     */
    static int refresh(Handle h) {
        List<LocalDate> days = h.createQuery("SELECT on_day FROM analytics.dirty_day ORDER BY on_day").mapTo(LocalDate.class).list();
        TreeSet<Integer> months = new TreeSet<>();
        int refreshed = 0;
        for (LocalDate day : days) {
            if (h.createUpdate("DELETE FROM analytics.dirty_day WHERE on_day = :day").bind("day", day).execute() == 0) {
                continue;
            }
            refreshDay(h, day);
            months.add(Facts.month(day));
            refreshed++;
        }
        for (int month : months) {
            refreshMonth(h, month);
        }
        Spans.refresh(h, months);
        return refreshed;
    }

    private static final String DISTRICT = "COALESCE(o.district_code, ''), COALESCE(o.city_code, '')";

    static void refreshDay(Handle h, LocalDate day) {
        for (String table : List.of("order_day", "loss_day", "quote_day", "done_day", "complaint_day", "review_day", "word_day")) {
            h.createUpdate("DELETE FROM analytics." + table + " WHERE on_day = :day").bind("day", day).execute();
        }
        for (String[] v : variants("o.order_id", "o.worker_id", true)) {
            String dims = DISTRICT + ", " + v[0] + ", " + v[1];
            String group = " GROUP BY " + DISTRICT + v[3];
            h.createUpdate("INSERT INTO analytics.order_day (on_day, district_code, city_code, item_code, skill, orders, accepted, paid, "
                    + "completed, open_orders, amount_fen, discount_fen) SELECT :day, " + dims + ", COUNT(*), COUNT(o.accepted_at), "
                    + "COUNT(o.paid_at), COUNT(o.completed_at), SUM(CASE WHEN o.completed_at IS NULL AND o.cancelled_at IS NULL THEN 1 ELSE 0 END), "
                    + "COALESCE(SUM(CASE WHEN o.completed_at IS NULL THEN 0 ELSE o.total_fen END), 0), "
                    + "COALESCE(SUM(CASE WHEN o.completed_at IS NULL THEN 0 ELSE o.discount_fen END), 0) "
                    + "FROM analytics.order_fact o" + v[2] + " WHERE o.submitted_day = :day" + group).bind("day", day).execute();
            h.createUpdate("INSERT INTO analytics.loss_day (on_day, district_code, city_code, item_code, skill, actor, reason, orders) "
                    + "SELECT :day, " + dims + ", COALESCE(o.cancel_actor, ''), COALESCE(o.cancel_reason, ''), COUNT(*) "
                    + "FROM analytics.order_fact o" + v[2] + " WHERE o.submitted_day = :day AND o.cancelled_at IS NOT NULL "
                    + "AND o.completed_at IS NULL" + group + ", COALESCE(o.cancel_actor, ''), COALESCE(o.cancel_reason, '')")
                    .bind("day", day).execute();
            h.createUpdate("INSERT INTO analytics.done_day (on_day, district_code, city_code, item_code, skill, completed) "
                    + "SELECT :day, " + dims + ", COUNT(*) FROM analytics.order_fact o" + v[2] + " WHERE o.completed_day = :day" + group)
                    .bind("day", day).execute();
            h.createUpdate("INSERT INTO analytics.review_day (on_day, district_code, city_code, item_code, skill, reviews, attitude, skill_stars, "
                    + "efficiency, punctuality, overall, low_star) SELECT :day, " + dims + ", COUNT(*), SUM(r.attitude), SUM(r.skill), "
                    + "SUM(r.efficiency), SUM(r.punctuality), SUM(r.overall), SUM(CASE WHEN r.overall <= " + Facts.LOW_STARS
                    + " THEN 1 ELSE 0 END) FROM analytics.review_fact r JOIN analytics.order_fact o ON o.order_id = r.order_id" + v[2]
                    + " WHERE r.hidden = FALSE AND r.review_day = :day" + group).bind("day", day).execute();
            h.createUpdate("INSERT INTO analytics.word_day (on_day, district_code, city_code, item_code, skill, word, reviews, hits) "
                    + "SELECT :day, " + dims + ", w.word, COUNT(*), SUM(w.hits) FROM analytics.review_word w "
                    + "JOIN analytics.review_fact r ON r.order_id = w.order_id JOIN analytics.order_fact o ON o.order_id = r.order_id" + v[2]
                    + " WHERE r.hidden = FALSE AND r.overall <= " + Facts.LOW_STARS + " AND r.review_day = :day" + group + ", w.word")
                    .bind("day", day).execute();
        }
        for (String[] v : variants("c.order_id", "c.worker_id", true)) {
            String district = "COALESCE(c.district_code, ''), COALESCE(c.city_code, '')";
            h.createUpdate("INSERT INTO analytics.complaint_day (on_day, district_code, city_code, item_code, skill, complaints) "
                    + "SELECT :day, " + district + ", " + v[0] + ", " + v[1] + ", COUNT(*) FROM analytics.complaint_fact c" + v[2]
                    + " WHERE c.filed_day = :day GROUP BY " + district + v[3]).bind("day", day).execute();
        }
        for (String item : List.of("'*'", "qi.item_code")) {
            boolean each = !item.startsWith("'");
            String district = "q.district_code, q.city_code";
            h.createUpdate("INSERT INTO analytics.quote_day (on_day, district_code, city_code, item_code, quotes) SELECT :day, " + district
                    + ", " + item + ", COUNT(*) FROM analytics.quote_fact q"
                    + (each ? " JOIN analytics.quote_item qi ON qi.quote_id = q.quote_id" : "")
                    + " WHERE q.quoted_day = :day GROUP BY " + district + (each ? ", qi.item_code" : "")).bind("day", day).execute();
        }
    }

    static LocalDate firstDay(int month) {
        return LocalDate.of(month / 12, month % 12 + 1, 1);
    }

    static void refreshMonth(Handle h, int month) {
        LocalDate from = firstDay(month);
        LocalDate until = from.plusMonths(1);
        for (String table : List.of("worker_month", "worker_complaint_month", "cohort_month")) {
            h.createUpdate("DELETE FROM analytics." + table + " WHERE in_month = :month").bind("month", month).execute();
        }
        for (String[] v : variants("o.order_id", "o.worker_id", false)) {
            h.createUpdate("INSERT INTO analytics.worker_month (in_month, worker_id, district_code, city_code, item_code, completed, checked_in, "
                    + "on_time, reviews, stars) SELECT :month, o.worker_id, " + DISTRICT + ", " + v[0] + ", COUNT(*), COUNT(o.checked_in_at), "
                    + "SUM(CASE WHEN o.checked_in_at IS NOT NULL AND o.checked_in_at <= o.starts_at THEN 1 ELSE 0 END), COUNT(r.order_id), "
                    + "COALESCE(SUM(r.overall), 0) FROM analytics.order_fact o" + v[2]
                    + " LEFT JOIN analytics.review_fact r ON r.order_id = o.order_id AND r.hidden = FALSE"
                    + " WHERE o.completed_day >= :from AND o.completed_day < :until AND o.worker_id IS NOT NULL GROUP BY o.worker_id, "
                    + DISTRICT + v[3]).bind("month", month).bind("from", from).bind("until", until).execute();
        }
        for (String[] v : variants("c.order_id", "c.worker_id", false)) {
            String district = "COALESCE(c.district_code, ''), COALESCE(c.city_code, '')";
            h.createUpdate("INSERT INTO analytics.worker_complaint_month (in_month, worker_id, district_code, city_code, item_code, complaints) "
                    + "SELECT :month, c.worker_id, " + district + ", " + v[0] + ", COUNT(*) FROM analytics.complaint_fact c" + v[2]
                    + " WHERE c.filed_day >= :from AND c.filed_day < :until AND c.worker_id IS NOT NULL GROUP BY c.worker_id, " + district + v[3])
                    .bind("month", month).bind("from", from).bind("until", until).execute();
        }
        for (String region : List.of("'*'", "o.district_code", "o.city_code")) {
            boolean each = !region.startsWith("'");
            for (String[] v : variants("o.order_id", "o.worker_id", true)) {
                h.createUpdate("INSERT INTO analytics.cohort_month (in_month, first_month, region, item_code, skill, customers) "
                        + "SELECT :month, c.first_month, " + region + ", " + v[0] + ", " + v[1] + ", COUNT(DISTINCT o.customer_id) "
                        + "FROM analytics.order_fact o JOIN analytics.customer_dim c ON c.customer_id = o.customer_id" + v[2]
                        + " WHERE o.submitted_month = :month AND o.submitted_day IS NOT NULL AND c.first_month IS NOT NULL "
                        + "AND o.submitted_month >= c.first_month" + (each ? " AND " + region + " IS NOT NULL" : "")
                        + " GROUP BY c.first_month" + (each ? ", " + region : "") + v[3]).bind("month", month).execute();
            }
        }
    }
}
