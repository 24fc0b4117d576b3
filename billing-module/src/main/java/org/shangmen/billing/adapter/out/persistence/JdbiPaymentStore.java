package org.shangmen.billing.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.billing.application.port.out.PaymentStore;
import org.shangmen.billing.domain.Payment;
import org.shangmen.billing.domain.PaymentChannel;
import org.shangmen.billing.domain.PaymentStatus;
import org.springframework.stereotype.Repository;

@Repository
class JdbiPaymentStore implements PaymentStore {

    private static final String COLUMNS = "id, order_id, customer_id, channel, provider, out_trade_no, amount_fen, refunded_fen, status, "
            + "provider_txn_id, client_params, district_code, created_at, expires_at, paid_at";

    private final Jdbi jdbi;

    JdbiPaymentStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public boolean insert(Payment p, String idempotencyKey, String requestHash) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO billing.payment (" + COLUMNS + ", idempotency_key, request_hash, updated_at) "
                        + "VALUES (:id, :order, :customer, :channel, :provider, :outTradeNo, :amount, 0, :status, NULL, :params, :district, "
                        + ":created, :expires, NULL, :key, :hash, :created) ON CONFLICT DO NOTHING")
                .bind("id", p.id()).bind("order", p.orderId()).bind("customer", p.customerId()).bind("channel", p.channel().name())
                .bind("provider", p.provider()).bind("outTradeNo", p.outTradeNo()).bind("amount", p.amountFen())
                .bind("status", p.status().name()).bind("params", p.clientParams()).bind("district", p.districtCode())
                .bind("created", p.createdAt()).bind("expires", p.expiresAt()).bind("key", idempotencyKey).bind("hash", requestHash)
                .execute()) == 1;
    }

    @Override
    public Optional<Keyed> byIdempotencyKey(UUID customerId, String idempotencyKey) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + ", request_hash FROM billing.payment "
                        + "WHERE customer_id = :customer AND idempotency_key = :key")
                .bind("customer", customerId).bind("key", idempotencyKey)
                .map((rs, ctx) -> new Keyed(payment(rs), rs.getString("request_hash"))).findOne());
    }

    @Override
    public Optional<Payment> find(UUID paymentId) {
        return one("id = :v", paymentId);
    }

    @Override
    public Optional<Payment> byOutTradeNo(String outTradeNo) {
        return one("out_trade_no = :v", outTradeNo);
    }

    private Optional<Payment> one(String where, Object value) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM billing.payment WHERE " + where).bind("v", value)
                .map((rs, ctx) -> payment(rs)).findOne());
    }

    @Override
    public List<Payment> ofOrder(UUID orderId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM billing.payment WHERE order_id = :order ORDER BY created_at, id")
                .bind("order", orderId).map((rs, ctx) -> payment(rs)).list());
    }

    @Override
    public List<Payment> pending(Instant createdBefore, int limit) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM billing.payment WHERE status = 'PENDING' "
                        + "AND created_at < :before ORDER BY created_at, id LIMIT :limit")
                .bind("before", createdBefore).bind("limit", limit).map((rs, ctx) -> payment(rs)).list());
    }

    @Override
    public boolean succeed(UUID paymentId, String transactionId, Instant paidAt, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE billing.payment SET status = 'SUCCEEDED', provider_txn_id = :txn, paid_at = :paid, "
                        + "updated_at = :now WHERE id = :id AND status = 'PENDING'")
                .bind("txn", transactionId).bind("paid", paidAt).bind("now", now).bind("id", paymentId).execute()) == 1;
    }

    @Override
    public boolean fail(UUID paymentId, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE billing.payment SET status = 'FAILED', updated_at = :now "
                + "WHERE id = :id AND status = 'PENDING'").bind("now", now).bind("id", paymentId).execute()) == 1;
    }

    @Override
    public boolean anomaly(UUID paymentId, String transactionId, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE billing.payment SET status = 'ANOMALY', provider_txn_id = :txn, updated_at = :now "
                        + "WHERE id = :id AND status = 'PENDING'")
                .bind("txn", transactionId).bind("now", now).bind("id", paymentId).execute()) == 1;
    }

    @Override
    public boolean reserveRefund(UUID paymentId, long amountFen, Instant now) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE billing.payment SET refunded_fen = refunded_fen + :amount, updated_at = :now "
                        + "WHERE id = :id AND status = 'SUCCEEDED' AND refunded_fen + :amount <= amount_fen")
                .bind("amount", amountFen).bind("now", now).bind("id", paymentId).execute()) == 1;
    }

    @Override
    public void releaseRefund(UUID paymentId, long amountFen, Instant now) {
        jdbi.useHandle(h -> h.createUpdate("UPDATE billing.payment SET refunded_fen = refunded_fen - :amount, updated_at = :now WHERE id = :id")
                .bind("amount", amountFen).bind("now", now).bind("id", paymentId).execute());
    }

    private static Payment payment(ResultSet rs) throws SQLException {
        return new Payment(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class), rs.getObject("customer_id", UUID.class),
                PaymentChannel.valueOf(rs.getString("channel")), rs.getString("provider"), rs.getString("out_trade_no"),
                rs.getLong("amount_fen"), rs.getLong("refunded_fen"), PaymentStatus.valueOf(rs.getString("status")),
                Optional.ofNullable(rs.getString("provider_txn_id")), rs.getString("client_params"), rs.getString("district_code"),
                Rows.instant(rs, "created_at").orElseThrow(), Rows.instant(rs, "expires_at").orElseThrow(), Rows.instant(rs, "paid_at"));
    }
}
