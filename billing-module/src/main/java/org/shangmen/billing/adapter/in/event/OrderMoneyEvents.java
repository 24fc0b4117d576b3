package org.shangmen.billing.adapter.in.event;

import org.shangmen.billing.application.port.in.EarnCommission;
import org.shangmen.billing.application.port.in.RefundPayments;
import org.shangmen.booking.api.event.OrderCancelled;
import org.shangmen.booking.api.event.OrderCompleted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Booking's order events, after their transaction committed, redelivered by the event publication
 * registry until handled. Every handler is idempotent: refunds by request key, earnings by order.
 */
@Component
class OrderMoneyEvents {

    private final RefundPayments refunds;
    private final EarnCommission earnings;

    OrderMoneyEvents(RefundPayments refunds, EarnCommission earnings) {
        this.refunds = refunds;
        this.earnings = earnings;
    }

    @ApplicationModuleListener
    void on(OrderCancelled event) {
        if (event.paidFen() > 0) {
            refunds.orderCancelled(event.orderId(), event.paidFen(), event.feeFen());
        }
    }

    @ApplicationModuleListener
    void on(OrderCompleted event) {
        earnings.completed(new EarnCommission.Completion(event.orderId(), event.workerId(), event.totalFen(), event.itemCodes(),
                event.districtCode(), event.at()));
    }
}
