package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An order was cancelled; {@code actorKind} is CUSTOMER, WORKER, OPERATOR or PLATFORM. */
public record OrderCancelled(UUID orderId, UUID customerId, Optional<UUID> workerId, String actorKind, String reason,
                             Instant at) {
}
