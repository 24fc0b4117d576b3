package org.shangmen.dispatch.application.port.in;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.dispatch.domain.Offer;
import org.shangmen.dispatch.domain.OrderSnapshot;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** W2.1: the offers a worker received, newest first, and one of them in detail. */
public interface ReadOffers {

    Page<OfferDetail> offers(UUID workerId, boolean openOnly, PageRequest page);

    /** One of the worker's offers; {@code dispatch.offer-not-found} for anyone else's. */
    OfferDetail offer(UUID workerId, UUID offerId);

    record OfferDetail(Offer offer, OrderSnapshot order, Optional<String> communityName, Optional<Instant> openUntil) {
    }
}
