package org.shangmen.billing.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One attempt to pay an order through one channel. {@code outTradeNo} is the number the provider knows
 * it by; {@code clientParams} is what the client needs to start paying (JSON), never a secret.
 */
public record Payment(UUID id, UUID orderId, UUID customerId, PaymentChannel channel, String provider, String outTradeNo,
                      long amountFen, long refundedFen, PaymentStatus status, Optional<String> providerTxnId, String clientParams,
                      String districtCode, Instant createdAt, Instant expiresAt, Optional<Instant> paidAt) {

    public Payment {
        if (amountFen <= 0) {
            throw new IllegalArgumentException("a payment is positive");
        }
        if (refundedFen < 0 || refundedFen > amountFen) {
            throw new IllegalArgumentException("refunds stay within the payment");
        }
    }

    /** What may still be refunded. */
    public long refundableFen() {
        return status == PaymentStatus.SUCCEEDED ? amountFen - refundedFen : 0;
    }
}
