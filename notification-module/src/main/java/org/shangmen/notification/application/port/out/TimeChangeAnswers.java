package org.shangmen.notification.application.port.out;

import java.util.UUID;

/** Answers a reviewed request to move an order's time on the customer's behalf, in the module that owns orders. */
public interface TimeChangeAnswers {

    void answer(UUID customerId, UUID orderId, UUID requestId, boolean consent);
}
