package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.UUID;

/**
 * C2.4, C4.2 a placement ended (early by the customer's notice, or at the end of its span): of what
 * the customer paid and the worker did not earn ({@code heldFen}: the deposit and unserved days),
 * {@code feeFen} is kept by the contract's early-end rule and the rest is refunded. Billing refunds it
 * through the placement's payments exactly as a cancelled order's (keyed by the placement's id).
 */
public record PlacementEnded(UUID placementId, UUID customerId, UUID workerId, long heldFen, long feeFen, boolean early, Instant at) {
}
