package org.shangmen.dispatch.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** An offer of an order to one worker; at most one per order and worker. */
public record Offer(UUID id, UUID orderId, UUID workerId, Step step, OfferStatus status, int score, long distanceMetres,
                    Instant offeredAt, Optional<Instant> answeredAt, Optional<Instant> declineUntil, Optional<String> reason,
                    Optional<String> note) {
}
