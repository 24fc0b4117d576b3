package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Nobody took the order before its time: it is cancelled and the customer is offered these other start times. */
public record OrderUnfilled(UUID orderId, UUID customerId, List<Instant> alternativeStarts, Instant at) {

    public OrderUnfilled {
        alternativeStarts = List.copyOf(alternativeStarts);
    }
}
