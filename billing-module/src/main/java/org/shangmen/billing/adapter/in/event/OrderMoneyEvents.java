package org.shangmen.billing.adapter.in.event;

import org.shangmen.billing.application.port.in.TrackPromotionUses;
import org.shangmen.billing.application.port.in.EarnCommission;
import org.shangmen.billing.application.port.in.RefundPayments;
import org.shangmen.booking.api.event.OrderCancelled;
import org.shangmen.booking.api.event.OrderCompleted;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Booking's order events, after their transaction committed, redelivered by the event publication
 * registry until handled. Deliberately without a surrounding transaction: a refund is saved with its
 * number in one transaction before the provider is called, and settled in another, so a failure later
 * never rolls back a refund the provider already knows. Every handler is idempotent: refunds by request
 * key, earnings by order.
 */
@Component
class OrderMoneyEvents {

    private final RefundPayments refunds;
    private final EarnCommission earnings;
    private final TrackPromotionUses promotions;

    OrderMoneyEvents(RefundPayments refunds, EarnCommission earnings, TrackPromotionUses promotions) {
        this.refunds = refunds;
        this.earnings = earnings;
        this.promotions = promotions;
    }

    @Async
    @TransactionalEventListener
    void on(OrderCancelled event) {
        promotions.orderCancelled(event.orderId(), event.at());
        if (event.paidFen() > 0) {
            refunds.orderCancelled(event.orderId(), event.paidFen(), event.feeFen());
        }
    }

    @Async
    @TransactionalEventListener
    void on(OrderCompleted event) {
        // The worker's share and the commission come from the price before discounts; the platform bears the discounts.
        promotions.orderCompleted(event.orderId(), event.at());
        earnings.completed(new EarnCommission.Completion(event.orderId(), event.workerId(),
                Math.addExact(event.totalFen(), event.discountFen()), event.discountFen(), event.itemCodes(), event.districtCode(),
                event.at()));
    }
}
