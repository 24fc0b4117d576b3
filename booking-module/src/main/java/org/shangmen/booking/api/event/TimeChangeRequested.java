package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.UUID;

/** A worker asked to move an order's time (W2.3); it awaits an operator's review. */
public record TimeChangeRequested(UUID orderId, UUID requestId, UUID customerId, UUID workerId, Instant proposedStart, String reason,
                                  Instant at) {
}
