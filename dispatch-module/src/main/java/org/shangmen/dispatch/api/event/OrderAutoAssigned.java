package org.shangmen.dispatch.api.event;

import java.time.Instant;
import java.util.UUID;

/** Automatic assignment gave the order to the worker, who may decline until {@code declineUntil}. */
public record OrderAutoAssigned(UUID offerId, UUID orderId, UUID workerId, Instant declineUntil, Instant at) {
}
