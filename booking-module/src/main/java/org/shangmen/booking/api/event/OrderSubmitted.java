package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A customer submitted a request (C2.4); it awaits a worker's acceptance. */
public record OrderSubmitted(UUID orderId, UUID customerId, String districtCode, Instant startsAt, Instant endsAt,
                             Optional<UUID> preferredWorkerId, Instant at) {
}
