package org.shangmen.billing.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.domain.Payment;

public interface PaymentStore {

    /** False when the customer already used the idempotency key (nothing inserted). */
    boolean insert(Payment payment, String idempotencyKey, String requestHash);

    /** The payment made under a customer's idempotency key, with the hash of its request. */
    Optional<Keyed> byIdempotencyKey(UUID customerId, String idempotencyKey);

    Optional<Payment> find(UUID paymentId);

    Optional<Payment> byOutTradeNo(String outTradeNo);

    List<Payment> ofOrder(UUID orderId);

    /** Pending payments created before the instant, oldest first. */
    List<Payment> pending(Instant createdBefore, int limit);

    /** PENDING → SUCCEEDED; false when another notice or query got there first. */
    boolean succeed(UUID paymentId, String transactionId, Instant paidAt, Instant now);

    /** PENDING → FAILED. */
    boolean fail(UUID paymentId, Instant now);

    /** PENDING → ANOMALY (money arrived that does not match). */
    boolean anomaly(UUID paymentId, String transactionId, Instant now);

    /** Reserves a refund: false when it would take the refunds past the payment (or the payment did not succeed). */
    boolean reserveRefund(UUID paymentId, long amountFen, Instant now);

    /** Gives back a reservation whose refund failed. */
    void releaseRefund(UUID paymentId, long amountFen, Instant now);

    record Keyed(Payment payment, String requestHash) {
    }
}
