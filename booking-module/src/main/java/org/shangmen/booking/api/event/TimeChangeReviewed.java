package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.UUID;

/**
 * An operator approved a worker's request to move the time; the customer is asked to consent before
 * {@code answerBy}. {@code reason} is the worker's own reason for the change.
 */
public record TimeChangeReviewed(UUID orderId, UUID requestId, UUID customerId, UUID workerId, Instant proposedStart, Instant answerBy,
                                 Instant at, String reason) {

    /** As published before the reason travelled with the event. */
    public TimeChangeReviewed(UUID orderId, UUID requestId, UUID customerId, UUID workerId, Instant proposedStart, Instant answerBy,
                              Instant at) {
        this(orderId, requestId, customerId, workerId, proposedStart, answerBy, at, null);
    }
}
