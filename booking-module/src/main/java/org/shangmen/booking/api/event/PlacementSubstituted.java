package org.shangmen.booking.api.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** C2.4 a placement's worker is on leave [{@code firstDay}, {@code endDay}) and {@code substituteId} serves those days. */
public record PlacementSubstituted(UUID substitutionId, UUID placementId, UUID customerId, UUID workerId, UUID substituteId, LocalDate firstDay,
                                   LocalDate endDay, Instant at) {
}
