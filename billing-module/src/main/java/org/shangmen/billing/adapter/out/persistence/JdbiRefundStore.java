package org.shangmen.billing.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.billing.application.port.out.RefundStore;
import org.shangmen.billing.domain.Refund;
import org.shangmen.billing.domain.RefundStatus;
import org.springframework.stereotype.Repository;

@Repository
class JdbiRefundStore implements RefundStore {

    private static final String COLUMNS = "id, payment_id, order_id, out_refund_no, amount_fen, status, reason, request_key, operator_id, "
            + "created_at, completed_at";

    private final Jdbi jdbi;

    JdbiRefundStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean insert(Refund r) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO billing.refund (" + COLUMNS + ") VALUES (:id, :payment, :order, :no, :amount, "
                        + ":status, :reason, :key, :operator, :created, NULL) ON CONFLICT DO NOTHING")
                .bind("id", r.id()).bind("payment", r.paymentId()).bind("order", r.orderId()).bind("no", r.outRefundNo())
                .bind("amount", r.amountFen()).bind("status", r.status().name()).bind("reason", r.reason()).bind("key", r.requestKey())
                .bind("operator", r.operatorId().orElse(null)).bind("created", r.createdAt()).execute()) == 1;
    }

    @Override
    public Optional<Refund> byRequestKey(String requestKey) {
        return one("request_key = :v", requestKey);
    }

    @Override
    public Optional<Refund> byOutRefundNo(String outRefundNo) {
        return one("out_refund_no = :v", outRefundNo);
    }

    @Override
    public Optional<Refund> find(UUID refundId) {
        return one("id = :v", refundId);
    }

    private Optional<Refund> one(String where, Object value) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM billing.refund WHERE " + where).bind("v", value)
                .map((rs, ctx) -> refund(rs)).findOne());
    }

    @Override
    public List<Refund> ofOrder(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM billing.refund WHERE order_id = :order ORDER BY created_at, id")
                .bind("order", orderId).map((rs, ctx) -> refund(rs)).list());
    }

    @Override
    public List<Refund> pending(Instant createdBefore, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM billing.refund WHERE status = 'PENDING' AND created_at < :before "
                        + "ORDER BY created_at, id LIMIT :limit")
                .bind("before", createdBefore).bind("limit", limit).map((rs, ctx) -> refund(rs)).list());
    }

    @Override
    public boolean settle(UUID refundId, boolean succeeded, Optional<String> providerRef, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE billing.refund SET status = :status, provider_ref = :ref, completed_at = :at "
                        + "WHERE id = :id AND status = 'PENDING'")
                .bind("status", succeeded ? "SUCCEEDED" : "FAILED").bind("ref", providerRef.orElse(null)).bind("at", at)
                .bind("id", refundId).execute()) == 1;
    }

    private static Refund refund(ResultSet rs) throws SQLException {
        return new Refund(rs.getObject("id", UUID.class), rs.getObject("payment_id", UUID.class), rs.getObject("order_id", UUID.class),
                rs.getString("out_refund_no"), rs.getLong("amount_fen"), RefundStatus.valueOf(rs.getString("status")), rs.getString("reason"),
                rs.getString("request_key"), Optional.ofNullable(rs.getObject("operator_id", UUID.class)),
                Rows.instant(rs, "created_at").orElseThrow(), Rows.instant(rs, "completed_at"));
    }
}
