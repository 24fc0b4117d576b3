package org.shangmen.dispatch.application.port.in;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.RejectionReason;
import org.shangmen.dispatch.domain.Offer;
import org.shangmen.dispatch.domain.OrderSnapshot;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** W2.1, W2.2: a worker's offers, and accepting (grabbing), rejecting, declining or giving back an order. */
public interface AnswerOffers {

    Page<OfferDetail> offers(UUID workerId, boolean openOnly, PageRequest page);

    /** One of the worker's offers; {@code dispatch.offer-not-found} for anyone else's. */
    OfferDetail offer(UUID workerId, UUID offerId);

    /** Grab: of all workers accepting at once, one wins; the others get {@code dispatch.order-gone}. */
    OfferDetail accept(UUID workerId, UUID offerId);

    OfferDetail reject(UUID workerId, UUID offerId, RejectionReason reason, Optional<String> note);

    /** Declines an automatic assignment within its window; the order goes to the next worker. */
    OfferDetail decline(UUID workerId, UUID offerId, Optional<String> note);

    /** Gives back an order the worker won, before payment: it goes back down the ladder. */
    void withdraw(UUID workerId, UUID orderId, String reason);

    record OfferDetail(Offer offer, OrderSnapshot order, Optional<String> communityName, Optional<Instant> openUntil) {
    }
}
