package org.shangmen.dispatch.api.event;

import java.time.Instant;
import java.util.UUID;

/** Nobody took the order on the workers' rungs: operators must look at it. */
public record DispatchFlagged(UUID orderId, Instant at) {
}
