package org.shangmen.dispatch.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;

/** An offer of an order to one worker; at most one per order and worker. */
public record Offer(UUID id, UUID orderId, UUID workerId, Step step, OfferStatus status, int score, long distanceMetres,
                    Instant offeredAt, Optional<Instant> answeredAt, Optional<Instant> declineUntil, Optional<String> reason,
                    Optional<String> note) {

    /** Refuses answering an offer that is no longer open, saying why: the order went to another worker, it expired, or it was answered. */
    public void requireOpen() {
        switch (status) {
            case OPEN -> { }
            case GONE -> throw DomainException.conflict("dispatch.order-gone");
            case EXPIRED -> throw DomainException.conflict("dispatch.offer-expired");
            default -> throw DomainException.conflict("dispatch.offer-answered");
        }
    }
}
