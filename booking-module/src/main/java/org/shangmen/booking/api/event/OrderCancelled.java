package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * An order was cancelled; {@code actorKind} is CUSTOMER, WORKER, OPERATOR or PLATFORM. {@code paidFen}
 * is what the customer had paid, {@code feeFen} the cancellation fee the order's policy keeps; billing
 * refunds the difference.
 */
public record OrderCancelled(UUID orderId, UUID customerId, Optional<UUID> workerId, String actorKind, String reason, long paidFen,
                             long feeFen, Instant at) {
}
