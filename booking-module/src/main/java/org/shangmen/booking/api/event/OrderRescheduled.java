package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** The visit moved to another time (the customer's change, or a worker's request the customer consented to). */
public record OrderRescheduled(UUID orderId, UUID customerId, Optional<UUID> workerId, Instant startsAt, Instant endsAt,
                               String requestedBy, Instant at) {
}
