package org.shangmen.billing.api.event;

import java.time.Instant;
import java.util.UUID;

/** The provider confirmed a refund: the money is on its way back to the customer's original payment method. */
public record RefundCompleted(UUID refundId, UUID orderId, UUID customerId, long amountFen, Instant at) {
}
