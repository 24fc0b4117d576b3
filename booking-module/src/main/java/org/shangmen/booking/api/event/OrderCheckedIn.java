package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.UUID;

/** The worker checked in at the door with the customer's code: the service has started. */
public record OrderCheckedIn(UUID orderId, UUID customerId, UUID workerId, String itemNames, Instant at) {
}
