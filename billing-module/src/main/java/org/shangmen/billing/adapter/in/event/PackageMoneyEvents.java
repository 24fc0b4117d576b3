package org.shangmen.billing.adapter.in.event;

import org.shangmen.billing.api.event.PackagePaid;
import org.shangmen.billing.application.port.in.ConsumePackages;
import org.shangmen.booking.api.event.OrderAccepted;
import org.shangmen.booking.api.event.OrderCancelled;
import org.shangmen.booking.api.event.SeriesCancelled;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * C2.4, C4.2 prepaid packages' money, after the publishing transaction committed and redelivered until
 * handled: an accepted visit of a series with an active package is paid from it (once per order), a
 * package just paid pays the visits already awaiting payment, a cancelled visit goes back to its
 * package, and a cancelled series ends its package and refunds what was not used.
 */
@Component
class PackageMoneyEvents {

    private final ConsumePackages packages;

    PackageMoneyEvents(ConsumePackages packages) {
        this.packages = packages;
    }

    @Async
    @TransactionalEventListener
    void on(OrderAccepted event) {
        packages.consume(event.orderId());
    }

    @Async
    @TransactionalEventListener
    void on(PackagePaid event) {
        packages.packagePaid(event.packageId());
    }

    @Async
    @TransactionalEventListener
    void on(OrderCancelled event) {
        packages.orderCancelled(event.orderId());
    }

    @Async
    @TransactionalEventListener
    void on(SeriesCancelled event) {
        packages.seriesCancelled(event.seriesId());
    }
}
