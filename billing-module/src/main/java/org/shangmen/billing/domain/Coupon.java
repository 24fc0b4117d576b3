package org.shangmen.billing.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A coupon a customer claimed from a {@link Promotion.Kind#COUPON} promotion; used by one order at most. */
public record Coupon(UUID id, UUID promotionId, UUID customerId, Status status, Instant claimedAt, Instant validUntil,
                     Optional<UUID> orderId, Optional<Instant> usedAt) {

    public enum Status { AVAILABLE, USED }

    /** What the customer sees: available, used, or expired (available but past its validity). */
    public String state(Instant now) {
        if (status == Status.USED) {
            return "USED";
        }
        return now.isBefore(validUntil) ? "AVAILABLE" : "EXPIRED";
    }
}
