package org.shangmen.billing.adapter.in.event;

import java.util.List;
import org.shangmen.billing.application.port.in.EarnCommission;
import org.shangmen.billing.application.port.in.RefundPayments;
import org.shangmen.booking.api.event.PlacementEnded;
import org.shangmen.booking.api.event.PlacementPeriodSettled;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * C2.4, C4.2 long placements' money, after booking's transaction committed and redelivered until
 * handled. A placement's payments are kept under the placement's id like an order's; each settled
 * period is the worker's earning (split by the commission rules, once per period id), and an ended
 * placement's unearned money comes back less the contract's fee through the cancellation refund path
 * (once per payment, by request key).
 */
@Component
class PlacementMoneyEvents {

    private final RefundPayments refunds;
    private final EarnCommission earnings;

    PlacementMoneyEvents(RefundPayments refunds, EarnCommission earnings) {
        this.refunds = refunds;
        this.earnings = earnings;
    }

    @Async
    @TransactionalEventListener
    void on(PlacementPeriodSettled event) {
        earnings.completed(new EarnCommission.Completion(event.settlementId(), event.workerId(), event.earnedFen(), 0,
                List.of(event.itemCode()), event.districtCode(), event.at()));
    }

    @Async
    @TransactionalEventListener
    void on(PlacementEnded event) {
        if (event.heldFen() > 0) {
            refunds.orderCancelled(event.placementId(), event.heldFen(), event.feeFen());
        }
    }
}
