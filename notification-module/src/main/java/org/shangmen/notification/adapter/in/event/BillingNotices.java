package org.shangmen.notification.adapter.in.event;

import java.util.Map;
import org.shangmen.billing.api.event.PackageRefunded;
import org.shangmen.billing.api.event.RefundCompleted;
import org.shangmen.billing.api.event.StatementReady;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.kernel.Money;
import org.shangmen.notification.application.port.in.Notify;
import org.shangmen.notification.application.port.in.Notify.NoticeRequest;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Money told to its people (C5.1): a completed refund to the customer, a weekly statement to the worker. */
@Component
class BillingNotices {

    private final Notify notify;
    private final OrderPayments orders;

    BillingNotices(Notify notify, OrderPayments orders) {
        this.notify = notify;
        this.orders = orders;
    }

    @ApplicationModuleListener
    void on(RefundCompleted refund) {
        notify.notify(NoticeRequest.of("RefundCompleted:" + refund.refundId(), refund.customerId(), NoticeTemplate.REFUND_DONE,
                Map.of("itemName", orders.payable(refund.orderId()).description(), "amount", Money.ofFen(refund.amountFen()).toString()),
                new Notice.Subject("ORDER", refund.orderId().toString())));
    }

    @ApplicationModuleListener
    void on(PackageRefunded refund) {
        notify.notify(NoticeRequest.of("PackageRefunded:" + refund.refundId(), refund.customerId(), NoticeTemplate.PACKAGE_REFUND_DONE,
                Map.of("itemName", refund.description(), "amount", Money.ofFen(refund.amountFen()).toString()),
                new Notice.Subject("PACKAGE", refund.packageId().toString())));
    }

    @ApplicationModuleListener
    void on(StatementReady statement) {
        // ISO dates read the same in the Chinese and the English template.
        String period = statement.weekStart() + " ~ " + statement.weekStart().plusDays(6);
        notify.notify(NoticeRequest.of("StatementReady:" + statement.statementId(), statement.workerId(), NoticeTemplate.SETTLEMENT_READY,
                Map.of("period", period, "amount", Money.ofFen(statement.payableFen()).toString()),
                new Notice.Subject("STATEMENT", statement.statementId().toString())));
    }
}
