package org.shangmen.dispatch.api.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The order was taken (by {@code winnerId}); the workers whose offers were still open are told it is gone. */
public record OrderGone(UUID orderId, UUID winnerId, List<UUID> workerIds, Instant at) {

    public OrderGone {
        workerIds = List.copyOf(workerIds);
    }
}
