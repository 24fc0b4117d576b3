package org.shangmen.worker.api.event;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A warning, suspension or removal took effect; {@code kind} is WARNING, SUSPENSION or REMOVAL. */
public record WorkerPenalized(UUID penaltyId, UUID workerId, String kind, Optional<Instant> suspendedUntil, Instant at) {
}
