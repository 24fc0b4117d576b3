package org.shangmen.analytics.adapter.out.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.shangmen.analytics.domain.Facts;
import org.shangmen.analytics.domain.OrderStage;

/**
 * A batch's order stages, for {@link FactWriter}: each stage keeps its earliest time, the worker, start, amounts and
 * items come from the latest stage in the order's life, a submission moves its customer's first month back; one JDBC
 * batch per statement (and per kind of stage for the update), rows in order id order. Notes the orders written and
 * the customers whose first month moved, whose days the writer then marks.
 */
final class OrderStageWrites {

    private final Handle h;
    private final String s;
    private final Set<UUID> orders;
    private final Set<UUID> customers;

    OrderStageWrites(Handle h, String schema, Set<UUID> orders, Set<UUID> customers) {
        this.h = h;
        this.s = schema;
        this.orders = orders;
        this.customers = customers;
    }

    private String t(String table) {
        return s + "." + table;
    }

    /** The rank of a stage whose attributes (worker, amounts, items, start) are kept: later stages win; a cancellation adds none. */
    static int rank(OrderStage.Stage stage) {
        return switch (stage) {
            case SUBMITTED -> 1;
            case ACCEPTED -> 2;
            case PAID -> 3;
            case CHECKED_IN -> 4;
            case COMPLETED -> 5;
            case CANCELLED -> 0;
        };
    }

    void apply(List<OrderStage> stages) {
        if (stages.isEmpty()) {
            return;
        }
        stages = stages.stream().sorted(Comparator.comparing(OrderStage::orderId)).toList();
        Set<UUID> ids = new TreeSet<>();
        stages.forEach(st -> ids.add(st.orderId()));
        PreparedBatch exist = h.prepareBatch("INSERT INTO " + t("order_fact") + " (order_id) VALUES (:id) ON CONFLICT DO NOTHING");
        ids.forEach(id -> exist.bind("id", id).add());
        exist.execute();
        items(stages);
        Map<OrderStage.Stage, PreparedBatch> updates = new TreeMap<>();
        for (OrderStage st : stages) {
            PreparedBatch batch = updates.computeIfAbsent(st.stage(), stage -> h.prepareBatch(updateSql(stage)));
            bindStage(batch, st).add();
        }
        for (PreparedBatch batch : updates.values()) {
            batch.execute();
        }
        List<OrderStage> submitted = stages.stream().filter(st -> st.stage() == OrderStage.Stage.SUBMITTED && st.customerId() != null).toList();
        if (!submitted.isEmpty()) {
            PreparedBatch known = h.prepareBatch("INSERT INTO " + t("customer_dim") + " (customer_id) VALUES (:id) ON CONFLICT DO NOTHING");
            submitted.stream().map(OrderStage::customerId).distinct().sorted().forEach(id -> known.bind("id", id).add());
            known.execute();
            List<OrderStage> byCustomer = submitted.stream().sorted(Comparator.comparing(OrderStage::customerId)).toList();
            PreparedBatch first = h.prepareBatch("UPDATE " + t("customer_dim") + " SET first_month = :month WHERE customer_id = :id "
                    + "AND (first_month IS NULL OR first_month > :month)");
            byCustomer.forEach(st -> first.bind("id", st.customerId()).bind("month", Facts.month(Facts.day(st.at()))).add());
            int[] moved = first.execute();
            for (int i = 0; i < moved.length; i++) {
                if (moved[i] > 0) {
                    // The customer's cohort is this month now: every month they ordered in counts them anew.
                    customers.add(byCustomer.get(i).customerId());
                }
            }
        }
        orders.addAll(ids);
    }

    /**
     * An order's items come from its latest stage that names them: those of the highest-ranked stage of the batch
     * replace the kept ones unless a later stage is already kept, and are written when none are kept.
     */
    private void items(List<OrderStage> stages) {
        Map<UUID, OrderStage> latest = new TreeMap<>();
        for (OrderStage st : stages) {
            if (!st.itemCodes().isEmpty() && rank(st.stage()) > 0) {
                latest.merge(st.orderId(), st, (a, b) -> rank(b.stage()) >= rank(a.stage()) ? b : a);
            }
        }
        if (latest.isEmpty()) {
            return;
        }
        PreparedBatch replace = h.prepareBatch("DELETE FROM " + t("order_item") + " WHERE order_id = :id AND EXISTS (SELECT 1 FROM "
                + t("order_fact") + " f WHERE f.order_id = :id AND f.total_rank <= :rank)");
        latest.values().forEach(st -> replace.bind("id", st.orderId()).bind("rank", rank(st.stage())).add());
        replace.execute();
        Set<UUID> kept = new HashSet<>(h.createQuery("SELECT DISTINCT order_id FROM " + t("order_item") + " WHERE order_id IN (<ids>)")
                .bindList("ids", new ArrayList<>(latest.keySet())).mapTo(UUID.class).list());
        PreparedBatch insert = h.prepareBatch("INSERT INTO " + t("order_item") + " (order_id, item_code) VALUES (:id, :item) ON CONFLICT DO NOTHING");
        int rows = 0;
        for (OrderStage st : latest.values()) {
            if (!kept.contains(st.orderId())) {
                for (String item : new TreeSet<>(st.itemCodes())) {
                    insert.bind("id", st.orderId()).bind("item", item).add();
                    rows++;
                }
            }
        }
        if (rows > 0) {
            insert.execute();
        }
    }

    private String updateSql(OrderStage.Stage stage) {
        StringBuilder sql = new StringBuilder("UPDATE " + t("order_fact") + " SET customer_id = COALESCE(customer_id, CAST(:customer AS UUID)), "
                + "district_code = COALESCE(CAST(:district AS VARCHAR(6)), district_code), city_code = COALESCE(CAST(:city AS VARCHAR(6)), city_code), "
                + "worker_id = CASE WHEN CAST(:worker AS UUID) IS NOT NULL AND (:rank >= total_rank OR worker_id IS NULL) THEN CAST(:worker AS UUID) ELSE worker_id END, "
                + "starts_at = CASE WHEN CAST(:starts AS TIMESTAMP WITH TIME ZONE) IS NOT NULL AND (:rank >= total_rank OR starts_at IS NULL) THEN CAST(:starts AS TIMESTAMP WITH TIME ZONE) ELSE starts_at END, "
                + "start_hour = CASE WHEN CAST(:starts AS TIMESTAMP WITH TIME ZONE) IS NOT NULL AND (:rank >= total_rank OR starts_at IS NULL) THEN CAST(:hour AS INT) ELSE start_hour END, "
                + "total_fen = CASE WHEN CAST(:total AS BIGINT) IS NOT NULL AND :rank >= total_rank THEN CAST(:total AS BIGINT) ELSE total_fen END, "
                + "discount_fen = CASE WHEN CAST(:discount AS BIGINT) IS NOT NULL AND :rank >= total_rank THEN CAST(:discount AS BIGINT) ELSE discount_fen END, "
                + "add_ons_fen = CASE WHEN CAST(:addOns AS BIGINT) IS NOT NULL AND :rank >= total_rank THEN CAST(:addOns AS BIGINT) ELSE add_ons_fen END, "
                + "paid_fen = paid_fen + :paid, "
                + "total_rank = CASE WHEN :rank > total_rank THEN :rank ELSE total_rank END");
        String column = switch (stage) {
            case SUBMITTED -> "submitted_at";
            case ACCEPTED -> "accepted_at";
            case PAID -> "paid_at";
            case CHECKED_IN -> "checked_in_at";
            case COMPLETED -> "completed_at";
            case CANCELLED -> "cancelled_at";
        };
        String earlier = "(" + column + " IS NULL OR " + column + " > :at)";
        sql.append(", ").append(column).append(" = CASE WHEN ").append(earlier).append(" THEN :at ELSE ").append(column).append(" END");
        switch (stage) {
            case SUBMITTED -> sql.append(", submitted_day = CASE WHEN ").append(earlier).append(" THEN :day ELSE submitted_day END")
                    .append(", submitted_month = CASE WHEN ").append(earlier).append(" THEN :month ELSE submitted_month END");
            case COMPLETED -> sql.append(", completed_day = CASE WHEN ").append(earlier).append(" THEN :day ELSE completed_day END");
            case CANCELLED -> sql.append(", cancel_actor = CASE WHEN ").append(earlier).append(" THEN CAST(:actor AS VARCHAR(16)) ELSE cancel_actor END")
                    .append(", cancel_reason = CASE WHEN ").append(earlier).append(" THEN CAST(:reason AS VARCHAR(100)) ELSE cancel_reason END");
            default -> {
            }
        }
        return sql.append(" WHERE order_id = :id").toString();
    }

    private static PreparedBatch bindStage(PreparedBatch b, OrderStage st) {
        LocalDate day = Facts.day(st.at());
        b.bind("id", st.orderId()).bind("customer", st.customerId()).bind("district", st.districtCode())
                .bind("city", Facts.city(st.districtCode())).bind("worker", st.workerId()).bind("rank", rank(st.stage()))
                .bind("starts", st.startsAt()).bind("hour", st.startsAt() == null ? null : st.startsAt().atZone(Facts.ZONE).getHour())
                .bind("total", st.totalFen()).bind("discount", st.discountFen()).bind("addOns", st.addOnsFen())
                .bind("paid", st.paidFen() == null ? 0L : st.paidFen()).bind("at", st.at());
        switch (st.stage()) {
            case SUBMITTED -> b.bind("day", day).bind("month", Facts.month(day));
            case COMPLETED -> b.bind("day", day);
            case CANCELLED -> b.bind("actor", st.cancelActor()).bind("reason", st.cancelReason());
            default -> {
            }
        }
        return b;
    }
}
