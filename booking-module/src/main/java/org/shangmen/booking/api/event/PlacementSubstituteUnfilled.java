package org.shangmen.booking.api.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * C2.4 nobody took the substitute offer for leave days [{@code firstDay}, {@code endDay}) of a placement
 * (看护空缺): the customer may still pick a substitute.
 */
public record PlacementSubstituteUnfilled(UUID requestId, UUID placementId, UUID customerId, UUID workerId, LocalDate firstDay,
                                          LocalDate endDay, Instant at) {
}
