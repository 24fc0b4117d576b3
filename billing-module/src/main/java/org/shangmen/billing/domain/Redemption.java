package org.shangmen.billing.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One promotion applied to one order: RESERVED when the order is placed (budget charged, coupon used),
 * SETTLED when the order completes (the platform bears the cost), RELEASED when it is cancelled (budget
 * and coupon given back).
 */
public record Redemption(UUID id, UUID orderId, UUID promotionId, Optional<UUID> couponId, UUID customerId, String kind,
                         String label, long amountFen, Status status, Instant at) {

    public enum Status { RESERVED, SETTLED, RELEASED }
}
