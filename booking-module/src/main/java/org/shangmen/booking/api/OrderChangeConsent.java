package org.shangmen.booking.api;

import java.util.UUID;

/** A customer's answer to a reviewed request to move the time, given from wherever the customer saw it (the message centre). */
public interface OrderChangeConsent {

    /** {@code booking.order-not-found} unless the order is the customer's; {@code booking.change-…} codes as on the order endpoints. */
    void answer(UUID customerId, UUID orderId, UUID requestId, boolean consent);
}
