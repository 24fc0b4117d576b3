package org.shangmen.analytics.application.port.in;

import java.time.LocalDate;
import java.util.List;
import org.shangmen.analytics.domain.InsightFilter;

/**
 * A4.2: the insights operators run the business on, each over a filter (period, district or city, item,
 * worker skill). Every answer is also a table ({@link Tabular}) for the CSV and Excel exports. Ratios are
 * fractions (0.25 is 25 %) rounded to four places; the README defines every figure.
 */
public interface Insights {

    DemandTrend demand(InsightFilter filter, String granularity);

    WorkerQuality workerQuality(InsightFilter filter, String groupBy);

    Retention retention(InsightFilter filter);

    ComplaintRates complaintRates(InsightFilter filter, String groupBy);

    Funnel funnel(InsightFilter filter);

    ReviewContent reviews(InsightFilter filter);

    CustomerProfile customers(InsightFilter filter);

    /** An answer as one table: a title, column names, rows of strings and numbers. */
    interface Tabular {
        String title();

        List<String> columns();

        List<List<Object>> rows();
    }

    /** @param period the bucket's first day as ISO text (2026-03-01; a week starts on Monday) */
    record DemandPoint(String period, long orders, long completed, long amountFen, long discountFen, long lastYearOrders,
                       long lastYearCompleted, long lastYearAmountFen) {
    }

    record ItemShare(String itemCode, long orders, double share, long completed, long amountFen) {
    }

    record DemandTrend(String granularity, String granularityLabel, LocalDate from, LocalDate until, long orders, long completed,
                       long amountFen, long discountFen, long lastYearOrders, List<DemandPoint> points, List<ItemShare> items)
            implements Tabular {
        @Override
        public String title() {
            return "需求趋势";
        }

        @Override
        public List<String> columns() {
            return List.of("period", "orders", "completed", "amount_fen", "discount_fen", "last_year_orders", "last_year_completed",
                    "last_year_amount_fen");
        }

        @Override
        public List<List<Object>> rows() {
            return points.stream().map(p -> List.<Object>of(p.period(), p.orders(), p.completed(), p.amountFen(), p.discountFen(),
                    p.lastYearOrders(), p.lastYearCompleted(), p.lastYearAmountFen())).toList();
        }
    }

    /** How a figure spreads over the workers of a group that have it: least, quartiles, median, most. */
    record Spread(long workers, double min, double p25, double median, double p75, double max) {
    }

    record WorkerGroupLine(String key, String label, long workers, long completedOrders, long reviews, double averageRating,
                           Spread rating, long complaints, double complaintsPer1000, Spread complaintsPer1000Spread, double onTimeRate,
                           Spread onTime, double repeatCustomerShare, Spread repeatCustomers) {
    }

    record WorkerQuality(String groupBy, String groupByLabel, List<WorkerGroupLine> groups) implements Tabular {
        @Override
        public String title() {
            return "服务质量差异";
        }

        @Override
        public List<String> columns() {
            return List.of("group", "label", "workers", "completed_orders", "reviews", "average_rating", "rating_p25", "rating_median",
                    "rating_p75", "complaints", "complaints_per_1000", "on_time_rate", "on_time_p25", "on_time_median", "on_time_p75",
                    "repeat_customer_share", "repeat_p25", "repeat_median", "repeat_p75");
        }

        @Override
        public List<List<Object>> rows() {
            return groups.stream().map(g -> List.<Object>of(g.key(), g.label(), g.workers(), g.completedOrders(), g.reviews(),
                    g.averageRating(), g.rating().p25(), g.rating().median(), g.rating().p75(), g.complaints(), g.complaintsPer1000(),
                    g.onTimeRate(), g.onTime().p25(), g.onTime().median(), g.onTime().p75(), g.repeatCustomerShare(),
                    g.repeatCustomers().p25(), g.repeatCustomers().median(), g.repeatCustomers().p75())).toList();
        }
    }

    /** @param monthsAfter 1 for the month after the cohort's first */
    record RetentionCell(int monthsAfter, String month, long customers, double share) {
    }

    record Cohort(String month, long customers, List<RetentionCell> later) {
    }

    record Retention(List<Cohort> cohorts) implements Tabular {
        @Override
        public String title() {
            return "客户留存";
        }

        @Override
        public List<String> columns() {
            return List.of("cohort", "new_customers", "months_after", "month", "customers_ordering", "share");
        }

        @Override
        public List<List<Object>> rows() {
            return cohorts.stream().flatMap(c -> c.later().stream().map(l -> List.<Object>of(c.month(), c.customers(), l.monthsAfter(),
                    l.month(), l.customers(), l.share()))).toList();
        }
    }

    record ComplaintLine(String key, long completedOrders, long complaints, double per1000) {
    }

    record ComplaintRates(String groupBy, String groupByLabel, long completedOrders, long complaints, double per1000,
                          List<ComplaintLine> lines) implements Tabular {
        @Override
        public String title() {
            return "投诉率";
        }

        @Override
        public List<String> columns() {
            return List.of("group", "completed_orders", "complaints", "per_1000");
        }

        @Override
        public List<List<Object>> rows() {
            return lines.stream().map(l -> List.<Object>of(l.key(), l.completedOrders(), l.complaints(), l.per1000())).toList();
        }
    }

    /** @param conversion this step's count over the previous step's (1 for the first) */
    record FunnelStep(String step, String label, long count, double conversion, double fromFirst) {
    }

    /** @param kind NO_WORKER_FOUND, PAYMENT_OVERDUE or CANCELLED; {@code actor} and {@code reason} as the cancellation gave them */
    record LossLine(String kind, String label, String actor, String actorLabel, String reason, long orders, double shareOfSubmitted) {
    }

    record Funnel(List<FunnelStep> steps, long open, List<LossLine> losses) implements Tabular {
        @Override
        public String title() {
            return "订单漏斗";
        }

        @Override
        public List<String> columns() {
            return List.of("step", "label", "count", "conversion", "from_first");
        }

        @Override
        public List<List<Object>> rows() {
            List<List<Object>> rows = new java.util.ArrayList<>(steps.stream()
                    .map(s -> List.<Object>of(s.step(), s.label(), s.count(), s.conversion(), s.fromFirst())).toList());
            for (LossLine l : losses) {
                rows.add(List.of("LOST:" + l.kind() + ":" + l.actor() + ":" + l.reason(), l.label(), l.orders(), l.shareOfSubmitted(), 0));
            }
            return rows;
        }
    }

    record WordLine(String word, long reviews, long hits) {
    }

    /** Averages in stars (4.5) over the visible reviews written in the period; words of the low-star ones (≤ 2 overall). */
    record ReviewContent(long reviews, double attitude, double skill, double efficiency, double punctuality, double overall,
                         long lowStarReviews, List<WordLine> lowStarWords) implements Tabular {
        @Override
        public String title() {
            return "评价内容";
        }

        @Override
        public List<String> columns() {
            return List.of("word", "low_star_reviews", "hits");
        }

        @Override
        public List<List<Object>> rows() {
            return lowStarWords.stream().map(w -> List.<Object>of(w.word(), w.reviews(), w.hits())).toList();
        }
    }

    /** One bar of a distribution: its code, the Chinese label, how many. */
    record Bar(String key, String label, long count, double share) {
    }

    /**
     * Customers who submitted an order in the period: by age band (from a birth year given with consent, at the
     * period's last day; UNKNOWN without one), by district, by how many orders they placed; orders by the hour
     * they start; customers by item.
     */
    record CustomerProfile(long customers, List<Bar> ageBands, List<Bar> districts, List<Bar> orderFrequency, List<Bar> startHours,
                           List<Bar> items) implements Tabular {
        @Override
        public String title() {
            return "客户画像";
        }

        @Override
        public List<String> columns() {
            return List.of("dimension", "key", "label", "count", "share");
        }

        @Override
        public List<List<Object>> rows() {
            List<List<Object>> rows = new java.util.ArrayList<>();
            java.util.Map<String, List<Bar>> all = new java.util.LinkedHashMap<>();
            all.put("age_band", ageBands);
            all.put("district", districts);
            all.put("order_frequency", orderFrequency);
            all.put("start_hour", startHours);
            all.put("item", items);
            all.forEach((dimension, bars) -> bars.forEach(b -> rows.add(List.of(dimension, b.key(), b.label(), b.count(), b.share()))));
            return rows;
        }
    }
}
