package org.shangmen.dispatch.api.event;

import java.time.Instant;
import java.util.UUID;

/** A worker received an offer for an order (W2.1); {@code step} is the ladder's rung that made it. */
public record OfferMade(UUID offerId, UUID orderId, UUID workerId, String step, Instant at) {
}
