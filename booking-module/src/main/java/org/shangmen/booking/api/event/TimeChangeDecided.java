package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A request to move the time ended: applied (with the new start) or refused by an operator or the customer. */
public record TimeChangeDecided(UUID orderId, UUID requestId, UUID customerId, UUID workerId, boolean applied,
                                Optional<Instant> newStart, Instant at) {
}
