package org.shangmen.dispatch.application.port.in;

import java.util.UUID;
import org.shangmen.dispatch.application.port.in.ReadOffers.OfferDetail;

/** W2.2: a worker accepts (grabs) an offer. */
public interface AcceptOffer {

    /** Of all workers accepting at once, one wins; the others get {@code dispatch.order-gone}. */
    OfferDetail accept(UUID workerId, UUID offerId);
}
