package org.shangmen.booking.adapter.in.schedule;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.shangmen.booking.application.port.in.ExpireUnpaidOrders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Cancels accepted orders left unpaid past their deadline, every 30 seconds ({@code shangmen.booking.expiry-tick}). */
@Component
@ConditionalOnProperty(name = "shangmen.booking.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class PaymentDeadlines {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentDeadlines.class);

    private final ExpireUnpaidOrders orders;

    PaymentDeadlines(ExpireUnpaidOrders orders) {
        this.orders = orders;
    }

    @Scheduled(fixedDelayString = "${shangmen.booking.expiry-tick:PT30S}", initialDelayString = "${shangmen.booking.expiry-tick:PT30S}")
    @SchedulerLock(name = "booking-payment-deadlines", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1S")
    void tick() {
        try {
            int expired = orders.expireUnpaid();
            if (expired > 0) {
                LOG.info("cancelled {} orders left unpaid past their deadline", expired);
            }
        } catch (RuntimeException e) {
            LOG.warn("payment deadline sweep failed; retried at the next tick", e);
        }
    }
}
