package org.shangmen.dispatch.api.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Workers received offers for an order (W2.1), all made at once by one rung of the ladder ({@code step}):
 * one fact for the rung, however many workers it reached.
 */
public record OffersMade(UUID orderId, String step, List<Made> offers, Instant at) {

    public OffersMade {
        offers = List.copyOf(offers);
    }

    /** One worker's offer. */
    public record Made(UUID offerId, UUID workerId) {
    }
}
