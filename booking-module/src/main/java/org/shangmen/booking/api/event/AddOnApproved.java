package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.UUID;

/** The customer approved an add-on or price difference the worker proposed on site; it is now due. */
public record AddOnApproved(UUID orderId, UUID addOnId, UUID customerId, UUID workerId, String description, long amountFen,
                            Instant at) {
}
