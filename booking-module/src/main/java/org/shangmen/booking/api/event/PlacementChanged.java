package org.shangmen.booking.api.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * C2.4 a running placement's span changed: {@code EXTENDED} (a longer span, one more instalment) or
 * {@code ENDING_EARLY} (the customer gave notice; {@code endsOn} is the first day not served).
 */
public record PlacementChanged(UUID placementId, UUID customerId, UUID workerId, String change, LocalDate endsOn, Instant at) {
}
