package org.shangmen.dispatch.api.event;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A worker turned an offer down (W2.2); the customer hears the reason. */
public record OfferRejected(UUID orderId, UUID customerId, UUID workerId, String reason, String reasonLabel, Optional<String> note,
                            Instant at) {
}
