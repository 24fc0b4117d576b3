package org.shangmen.billing.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/**
 * Operators and the money of one order (C4.2, A3.2): read an order's payments and refunds, refund, see
 * payment anomalies. Amounts in fen.
 */
public interface BillingAdministration {

    List<PaymentLine> orderPayments(UUID orderId);

    /**
     * Refunds part or all of a payment through its own channel. The same {@code requestKey} again answers
     * the first refund; {@code billing.refund-exceeds-payment} (422) when the payment's refunds would pass
     * what was paid.
     */
    RefundLine refund(UUID paymentId, long amountFen, String reason, String requestKey, UUID operatorId);

    Page<AnomalyLine> anomalies(PageRequest page);

    record PaymentLine(UUID paymentId, UUID orderId, String channel, String status, long amountFen, long refundedFen, Instant createdAt,
                       Optional<Instant> paidAt, List<RefundLine> refunds) {
    }

    record RefundLine(UUID refundId, UUID paymentId, UUID orderId, long amountFen, String status, String reason, Instant createdAt) {
    }

    record AnomalyLine(UUID anomalyId, UUID paymentId, String kind, long expectedFen, long receivedFen, Instant createdAt) {
    }
}
