package org.shangmen.analytics.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;
import org.shangmen.analytics.application.port.out.AnalyticsStore;
import org.shangmen.analytics.domain.Facts;
import org.shangmen.analytics.domain.OrderStage;
import org.shangmen.analytics.domain.OrderStage.Stage;
import org.springframework.stereotype.Repository;

/**
 * The store in the platform's own database. Each write first makes sure the row exists, then updates it
 * with rules that do not depend on arrival order: the earliest time of each stage, the attributes of the
 * latest stage ({@code total_rank}), the latest version of a review.
 */
@Repository
class JdbiAnalyticsStore implements AnalyticsStore {

    /** What a rebuild replaces. */
    private static final String[] TABLES = {"order_fact", "order_item", "review_fact", "review_word"};

    /** The rollups, emptied by a rebuild. */
    private static final String[] ROLLUPS = {"dirty_day", "order_day", "loss_day", "quote_day", "done_day", "complaint_day", "review_day",
        "word_day", "worker_month", "worker_complaint_month", "cohort_month"};

    private final Jdbi jdbi;

    JdbiAnalyticsStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean firstSeen(String eventKey, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO analytics.processed_event (event_key, processed_at) VALUES (:key, :now) "
                + "ON CONFLICT DO NOTHING").bind("key", eventKey).bind("now", now).execute()) == 1;
    }

    @Override
    public boolean seen(String eventKey) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM analytics.processed_event WHERE event_key = :key")
                .bind("key", eventKey).mapTo(Long.class).one() > 0);
    }

    /** The rank of a stage whose attributes (worker, amounts, items, start) are kept: later stages win; a cancellation adds none. */
    static int rank(Stage stage) {
        return switch (stage) {
            case SUBMITTED -> 1;
            case ACCEPTED -> 2;
            case PAID -> 3;
            case CHECKED_IN -> 4;
            case COMPLETED -> 5;
            case CANCELLED -> 0;
        };
    }

    @Override
    public void order(OrderStage s) {
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO analytics.order_fact (order_id) VALUES (:id) ON CONFLICT DO NOTHING").bind("id", s.orderId()).execute();
            int rank = rank(s.stage());
            if (!s.itemCodes().isEmpty() && rank > 0) {
                int replace = h.createUpdate("DELETE FROM analytics.order_item WHERE order_id = :id AND EXISTS (SELECT 1 FROM "
                        + "analytics.order_fact f WHERE f.order_id = :id AND f.total_rank <= :rank)").bind("id", s.orderId())
                        .bind("rank", rank).execute();
                boolean none = h.createQuery("SELECT COUNT(*) FROM analytics.order_item WHERE order_id = :id").bind("id", s.orderId())
                        .mapTo(Long.class).one() == 0;
                if (replace > 0 || none) {
                    for (String item : s.itemCodes()) {
                        h.createUpdate("INSERT INTO analytics.order_item (order_id, item_code) VALUES (:id, :item) ON CONFLICT DO NOTHING")
                                .bind("id", s.orderId()).bind("item", item).execute();
                    }
                }
            }
            StringBuilder sql = new StringBuilder("UPDATE analytics.order_fact SET customer_id = COALESCE(customer_id, CAST(:customer AS UUID)), "
                    + "district_code = COALESCE(CAST(:district AS VARCHAR(6)), district_code), city_code = COALESCE(CAST(:city AS VARCHAR(6)), city_code), "
                    + "worker_id = CASE WHEN CAST(:worker AS UUID) IS NOT NULL AND (:rank >= total_rank OR worker_id IS NULL) THEN CAST(:worker AS UUID) ELSE worker_id END, "
                    + "starts_at = CASE WHEN CAST(:starts AS TIMESTAMP WITH TIME ZONE) IS NOT NULL AND (:rank >= total_rank OR starts_at IS NULL) THEN CAST(:starts AS TIMESTAMP WITH TIME ZONE) ELSE starts_at END, "
                    + "start_hour = CASE WHEN CAST(:starts AS TIMESTAMP WITH TIME ZONE) IS NOT NULL AND (:rank >= total_rank OR starts_at IS NULL) THEN CAST(:hour AS INT) ELSE start_hour END, "
                    + "total_fen = CASE WHEN CAST(:total AS BIGINT) IS NOT NULL AND :rank >= total_rank THEN CAST(:total AS BIGINT) ELSE total_fen END, "
                    + "discount_fen = CASE WHEN CAST(:discount AS BIGINT) IS NOT NULL AND :rank >= total_rank THEN CAST(:discount AS BIGINT) ELSE discount_fen END, "
                    + "add_ons_fen = CASE WHEN CAST(:addOns AS BIGINT) IS NOT NULL AND :rank >= total_rank THEN CAST(:addOns AS BIGINT) ELSE add_ons_fen END, "
                    + "paid_fen = paid_fen + :paid, "
                    + "total_rank = CASE WHEN :rank > total_rank THEN :rank ELSE total_rank END");
            String column = switch (s.stage()) {
                case SUBMITTED -> "submitted_at";
                case ACCEPTED -> "accepted_at";
                case PAID -> "paid_at";
                case CHECKED_IN -> "checked_in_at";
                case COMPLETED -> "completed_at";
                case CANCELLED -> "cancelled_at";
            };
            String earlier = "(" + column + " IS NULL OR " + column + " > :at)";
            sql.append(", ").append(column).append(" = CASE WHEN ").append(earlier).append(" THEN :at ELSE ").append(column).append(" END");
            switch (s.stage()) {
                case SUBMITTED -> sql.append(", submitted_day = CASE WHEN ").append(earlier).append(" THEN :day ELSE submitted_day END")
                        .append(", submitted_month = CASE WHEN ").append(earlier).append(" THEN :month ELSE submitted_month END");
                case COMPLETED -> sql.append(", completed_day = CASE WHEN ").append(earlier).append(" THEN :day ELSE completed_day END");
                case CANCELLED -> sql.append(", cancel_actor = CASE WHEN ").append(earlier).append(" THEN CAST(:actor AS VARCHAR(16)) ELSE cancel_actor END")
                        .append(", cancel_reason = CASE WHEN ").append(earlier).append(" THEN CAST(:reason AS VARCHAR(100)) ELSE cancel_reason END");
                default -> {
                }
            }
            sql.append(" WHERE order_id = :id");
            LocalDate day = Facts.day(s.at());
            Update update = h.createUpdate(sql.toString()).bind("id", s.orderId()).bind("customer", s.customerId())
                    .bind("district", s.districtCode()).bind("city", Facts.city(s.districtCode())).bind("worker", s.workerId())
                    .bind("rank", rank).bind("starts", s.startsAt())
                    .bind("hour", s.startsAt() == null ? null : s.startsAt().atZone(Facts.ZONE).getHour())
                    .bind("total", s.totalFen()).bind("discount", s.discountFen()).bind("addOns", s.addOnsFen())
                    .bind("paid", s.paidFen() == null ? 0L : s.paidFen()).bind("at", s.at());
            switch (s.stage()) {
                case SUBMITTED -> update.bind("day", day).bind("month", Facts.month(day));
                case COMPLETED -> update.bind("day", day);
                case CANCELLED -> update.bind("actor", s.cancelActor()).bind("reason", s.cancelReason());
                default -> {
                }
            }
            update.execute();
            if (s.stage() == Stage.SUBMITTED && s.customerId() != null) {
                h.createUpdate("INSERT INTO analytics.customer_dim (customer_id) VALUES (:id) ON CONFLICT DO NOTHING").bind("id", s.customerId())
                        .execute();
                boolean firstMonth = h.createUpdate("UPDATE analytics.customer_dim SET first_month = :month WHERE customer_id = :id "
                        + "AND (first_month IS NULL OR first_month > :month)").bind("id", s.customerId()).bind("month", Facts.month(day))
                        .execute() == 1;
                if (firstMonth) {
                    // The customer's cohort is this month now: every month they ordered in counts them anew.
                    Rollups.markCustomer(h, s.customerId());
                }
            }
            Rollups.markOrder(h, s.orderId());
        });
    }

    @Override
    public void quote(Facts.QuoteFact q) {
        jdbi.useTransaction(h -> {
            int inserted = h.createUpdate("INSERT INTO analytics.quote_fact (quote_id, customer_id, district_code, city_code, item_codes, "
                        + "total_fen, discount_fen, quoted_at, quoted_day) VALUES (:id, :customer, :district, :city, :items, :total, :discount, "
                        + ":at, :day) ON CONFLICT DO NOTHING")
                .bind("id", q.quoteId()).bind("customer", q.customerId().orElse(null)).bind("district", q.districtCode())
                .bind("city", Facts.city(q.districtCode())).bind("items", "," + String.join(",", q.itemCodes()) + ",")
                .bind("total", q.totalFen()).bind("discount", q.discountFen()).bind("at", q.at()).bind("day", Facts.day(q.at())).execute();
            if (inserted == 1) {
                for (String item : new java.util.TreeSet<>(q.itemCodes())) {
                    h.createUpdate("INSERT INTO analytics.quote_item (quote_id, item_code) VALUES (:id, :item)").bind("id", q.quoteId())
                            .bind("item", item).execute();
                }
                Rollups.mark(h, java.util.List.of(Facts.day(q.at())));
            }
        });
    }

    @Override
    public void review(Facts.ReviewFact r, Map<String, Integer> words) {
        jdbi.useTransaction(h -> {
            int inserted = h.createUpdate("INSERT INTO analytics.review_fact (order_id, customer_id, worker_id, attitude, skill, efficiency, "
                    + "punctuality, overall, review_text, hidden, created_at, updated_at, review_day) VALUES (:id, :customer, :worker, :attitude, "
                    + ":skill, :efficiency, :punctuality, :overall, :text, :hidden, :created, :updated, :day) ON CONFLICT DO NOTHING")
                    .bindMap(reviewValues(r)).execute();
            int updated = inserted == 1 ? 1 : h.createUpdate("UPDATE analytics.review_fact SET attitude = :attitude, skill = :skill, "
                    + "efficiency = :efficiency, punctuality = :punctuality, overall = :overall, review_text = :text, hidden = :hidden, "
                    + "updated_at = :updated WHERE order_id = :id AND updated_at <= :updated").bindMap(reviewValues(r)).execute();
            if (updated == 1) {
                h.createUpdate("DELETE FROM analytics.review_word WHERE order_id = :id").bind("id", r.orderId()).execute();
                for (Map.Entry<String, Integer> word : words.entrySet()) {
                    h.createUpdate("INSERT INTO analytics.review_word (order_id, word, hits) VALUES (:id, :word, :hits)")
                            .bind("id", r.orderId()).bind("word", word.getKey()).bind("hits", word.getValue()).execute();
                }
                Rollups.markOrder(h, r.orderId());
            }
        });
    }

    private static Map<String, Object> reviewValues(Facts.ReviewFact r) {
        Map<String, Object> values = new java.util.HashMap<>();
        values.put("id", r.orderId());
        values.put("customer", r.customerId());
        values.put("worker", r.workerId());
        values.put("attitude", r.attitude());
        values.put("skill", r.skill());
        values.put("efficiency", r.efficiency());
        values.put("punctuality", r.punctuality());
        values.put("overall", r.overall());
        values.put("text", r.text());
        values.put("hidden", r.hidden());
        values.put("created", r.createdAt());
        values.put("updated", r.updatedAt());
        values.put("day", Facts.day(r.createdAt()));
        return values;
    }

    @Override
    public void complaintFiled(Facts.ComplaintFiled c) {
        jdbi.useTransaction(h -> {
            ensureComplaint(h, c.complaintId(), c.orderId());
            h.createUpdate("UPDATE analytics.complaint_fact SET customer_id = COALESCE(customer_id, CAST(:customer AS UUID)), worker_id = COALESCE(worker_id, "
                            + "CAST(:worker AS UUID)), category = :category, district_code = :district, city_code = :city, filed_at = :at, filed_day = :day "
                            + "WHERE complaint_id = :id")
                    .bind("id", c.complaintId()).bind("customer", c.customerId()).bind("worker", c.workerId()).bind("category", c.category())
                    .bind("district", c.districtCode()).bind("city", Facts.city(c.districtCode())).bind("at", c.at())
                    .bind("day", Facts.day(c.at())).execute();
            Rollups.markOrder(h, c.orderId());
        });
    }

    @Override
    public void complaintResolved(Facts.ComplaintResolved c) {
        jdbi.useTransaction(h -> {
            ensureComplaint(h, c.complaintId(), c.orderId());
            h.createUpdate("UPDATE analytics.complaint_fact SET customer_id = COALESCE(customer_id, CAST(:customer AS UUID)), worker_id = COALESCE(worker_id, "
                            + "CAST(:worker AS UUID)), filed_at = COALESCE(filed_at, :filed), filed_day = COALESCE(filed_day, :day), resolved_at = :at, "
                            + "outcome = :outcome, worker_at_fault = :fault, refund_fen = :refund WHERE complaint_id = :id")
                    .bind("id", c.complaintId()).bind("customer", c.customerId()).bind("worker", c.workerId()).bind("filed", c.filedAt())
                    .bind("day", Facts.day(c.filedAt())).bind("at", c.at()).bind("outcome", c.outcome()).bind("fault", c.workerAtFault())
                    .bind("refund", c.refundFen()).execute();
            Rollups.markOrder(h, c.orderId());
        });
    }

    private static void ensureComplaint(Handle h, UUID complaintId, UUID orderId) {
        h.createUpdate("INSERT INTO analytics.complaint_fact (complaint_id, order_id) VALUES (:id, :order) ON CONFLICT DO NOTHING")
                .bind("id", complaintId).bind("order", orderId).execute();
    }

    @Override
    public void customer(UUID customerId, Instant registeredAt) {
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO analytics.customer_dim (customer_id) VALUES (:id) ON CONFLICT DO NOTHING").bind("id", customerId).execute();
            h.createUpdate("UPDATE analytics.customer_dim SET registered_at = COALESCE(registered_at, :at) WHERE customer_id = :id")
                    .bind("id", customerId).bind("at", registeredAt).execute();
        });
    }

    @Override
    public void customerBirthYear(UUID customerId, Optional<Integer> birthYear, Instant at) {
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO analytics.customer_dim (customer_id) VALUES (:id) ON CONFLICT DO NOTHING").bind("id", customerId).execute();
            h.createUpdate("UPDATE analytics.customer_dim SET birth_year = CAST(:year AS INT), birth_year_at = :at WHERE customer_id = :id "
                    + "AND (birth_year_at IS NULL OR birth_year_at <= :at)")
                    .bind("id", customerId).bind("year", birthYear.orElse(null)).bind("at", at).execute();
        });
    }

    @Override
    public void worker(Facts.WorkerProfile w) {
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO analytics.worker_dim (worker_id) VALUES (:id) ON CONFLICT DO NOTHING").bind("id", w.workerId()).execute();
            h.createUpdate("UPDATE analytics.worker_dim SET certified_at = :at, experience_years = :years, district_code = CAST(:district AS VARCHAR(6)) "
                            + "WHERE worker_id = :id")
                    .bind("id", w.workerId()).bind("at", w.certifiedAt()).bind("years", w.experienceYears())
                    .bind("district", w.districtCode().orElse(null)).execute();
            h.createUpdate("DELETE FROM analytics.worker_skill WHERE worker_id = :id").bind("id", w.workerId()).execute();
            for (String skill : w.skills()) {
                h.createUpdate("INSERT INTO analytics.worker_skill (worker_id, skill) VALUES (:id, :skill)").bind("id", w.workerId())
                        .bind("skill", skill).execute();
            }
            Rollups.markWorker(h, w.workerId());
        });
    }

    @Override
    public void workerPenalized(UUID workerId) {
        jdbi.useTransaction(h -> {
            h.createUpdate("INSERT INTO analytics.worker_dim (worker_id) VALUES (:id) ON CONFLICT DO NOTHING").bind("id", workerId).execute();
            h.createUpdate("UPDATE analytics.worker_dim SET penalties = penalties + 1 WHERE worker_id = :id").bind("id", workerId).execute();
        });
    }

    @Override
    public void clearOrdersAndReviews() {
        jdbi.useTransaction(h -> {
            for (String table : TABLES) {
                h.createUpdate("DELETE FROM analytics." + table).execute();
            }
            h.createUpdate("UPDATE analytics.customer_dim SET first_month = NULL").execute();
            for (String rollup : ROLLUPS) {
                h.createUpdate("DELETE FROM analytics." + rollup).execute();
            }
            // The quotes and complaints stay: their days are computed anew with the replayed orders.
            Rollups.mark(h, h.createQuery("SELECT quoted_day FROM analytics.quote_fact UNION SELECT filed_day FROM analytics.complaint_fact "
                    + "WHERE filed_day IS NOT NULL").mapTo(LocalDate.class).list());
        });
    }

    @Override
    public int refreshRollups() {
        return jdbi.inTransaction(Rollups::refresh);
    }
}
