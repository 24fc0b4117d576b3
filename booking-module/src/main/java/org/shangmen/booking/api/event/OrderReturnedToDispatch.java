package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.UUID;

/** An accepted order lost its worker before payment (the worker withdrew or was replaced); it awaits acceptance again. */
public record OrderReturnedToDispatch(UUID orderId, UUID customerId, UUID formerWorkerId, String actorKind, String reason,
                                      Instant at) {
}
