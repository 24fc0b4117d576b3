package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.UUID;

/**
 * A worker's open request to move the time closed by itself because its order was cancelled,
 * completed or given back to dispatch; nobody needs to answer it any more.
 */
public record TimeChangeClosed(UUID orderId, UUID requestId, UUID customerId, UUID workerId, Instant at) {
}
