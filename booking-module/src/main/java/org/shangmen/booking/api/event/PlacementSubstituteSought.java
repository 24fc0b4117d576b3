package org.shangmen.booking.api.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * C2.4 a placement's worker is on leave [{@code firstDay}, {@code endDay}) and a substitute is sought
 * through dispatch like an order, under {@code requestId}: dispatch reads it through {@code OrderDispatching}.
 */
public record PlacementSubstituteSought(UUID requestId, UUID placementId, UUID customerId, LocalDate firstDay, LocalDate endDay, Instant at) {
}
