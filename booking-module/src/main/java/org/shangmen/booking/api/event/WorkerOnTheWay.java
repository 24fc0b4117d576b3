package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.UUID;

/** The worker set out for the order and expects to arrive at {@code arrivalAt}. */
public record WorkerOnTheWay(UUID orderId, UUID customerId, UUID workerId, Instant arrivalAt, Instant at) {
}
