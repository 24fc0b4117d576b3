package org.shangmen.billing.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Money going back to the customer through the payment's own channel; {@code outRefundNo} is reused on every retry. */
public record Refund(UUID id, UUID paymentId, UUID orderId, String outRefundNo, long amountFen, RefundStatus status, String reason,
                     String requestKey, Optional<UUID> operatorId, Instant createdAt, Optional<Instant> completedAt) {

    public Refund {
        if (amountFen <= 0) {
            throw new IllegalArgumentException("a refund is positive");
        }
    }
}
