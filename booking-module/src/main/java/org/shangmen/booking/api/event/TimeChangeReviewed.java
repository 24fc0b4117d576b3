package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.UUID;

/** An operator approved a worker's request to move the time; the customer is asked to consent before {@code answerBy}. */
public record TimeChangeReviewed(UUID orderId, UUID requestId, UUID customerId, UUID workerId, Instant proposedStart, Instant answerBy,
                                 Instant at) {
}
