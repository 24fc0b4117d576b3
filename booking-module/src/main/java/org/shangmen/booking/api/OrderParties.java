package org.shangmen.booking.api;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Who an accepted order brings together, and since and until when: for messages between its customer and worker (W3.2). */
public interface OrderParties {

    /** Empty when there is no such order or no worker holds it (never accepted, or given back). */
    Optional<Parties> parties(UUID orderId);

    /** @param endedAt when the order was completed or cancelled; empty while it runs */
    record Parties(UUID orderId, UUID customerId, UUID workerId, Instant acceptedAt, Optional<Instant> endedAt) {
    }
}
