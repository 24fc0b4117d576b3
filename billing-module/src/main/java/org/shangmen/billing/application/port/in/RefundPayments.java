package org.shangmen.billing.application.port.in;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.domain.Refund;

/** Refunds through the payment's own channel: after a cancellation, a late payment, or an operator's decision. */
public interface RefundPayments {

    /**
     * Refunds part or all of a payment. The same request key again answers the first refund; a refund
     * that would take the payment's refunds past what was paid is refused ({@code billing.refund-exceeds-payment}).
     */
    Refund refund(UUID paymentId, long amountFen, String reason, String requestKey, Optional<UUID> operatorId);

    /** An order was cancelled: refunds what was paid less the fee the order's policy keeps. */
    List<Refund> orderCancelled(UUID orderId, long paidFen, long feeFen);

    List<Refund> ofOrder(UUID orderId);
}
