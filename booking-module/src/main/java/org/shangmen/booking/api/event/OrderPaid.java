package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.UUID;

/** A payment was recorded on an order; {@code firstPayment} is true when it moved the order from awaiting payment to paid. */
public record OrderPaid(UUID orderId, UUID customerId, UUID workerId, String paymentReference, long amountFen, boolean firstPayment,
                        Instant at) {
}
