package org.shangmen.booking.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What billing needs of orders (C4.2): what a customer owes on an order, and recording that it was
 * paid. Commands run inside the caller's transaction. Amounts in fen.
 */
public interface OrderPayments {

    /** {@code booking.order-not-found} when there is none. */
    PayableOrder payable(UUID orderId);

    /**
     * Records a payment of exactly the amount due under a payment reference that is unique per
     * payment. The first payment of an order awaiting payment makes it paid ({@code OrderPaid}); a
     * later one settles approved add-ons. The same reference again changes nothing (idempotent).
     * Refused, changing nothing, with {@code booking.order-not-payable} (CONFLICT) when nothing is due
     * or the order was cancelled or its payment deadline passed (a late payment is never accepted:
     * billing refunds it), and with {@code booking.payment-amount-mismatch} when the amount differs
     * from what is due.
     */
    void markPaid(UUID orderId, String paymentReference, long amountFen);

    /**
     * @param amountDueFen    what the customer owes now: the total before payment, or approved add-ons not yet paid
     * @param paidFen         everything paid on the order so far
     * @param addOnsFen       approved add-ons (加项 / 补差价), part of what the order costs
     * @param paymentDeadline when an order awaiting payment is cancelled if unpaid
     * @param description     the items' names, for the payment's subject line
     */
    record PayableOrder(UUID orderId, UUID customerId, OrderStatus status, long totalFen, long addOnsFen, long paidFen,
                        long amountDueFen, Optional<Instant> paymentDeadline, Optional<UUID> workerId, List<String> itemCodes,
                        String districtCode, String description) {
        public PayableOrder {
            itemCodes = List.copyOf(itemCodes);
        }
    }
}
