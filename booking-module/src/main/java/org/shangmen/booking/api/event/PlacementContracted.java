package org.shangmen.booking.api.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** C2.4 a customer chose a worker for a long placement: the worker's span [startsOn, endsOn) is reserved and the contract fixed. */
public record PlacementContracted(UUID placementId, UUID customerId, UUID workerId, LocalDate startsOn, LocalDate endsOn, Instant at) {
}
