package org.shangmen.billing.adapter.in.schedule;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.shangmen.billing.application.port.in.SettlePayments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Asks the providers about pending payments and refunds every minute ({@code shangmen.billing.reconcile-every}). */
@Component
@ConditionalOnProperty(name = "shangmen.billing.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class Reconciliation {

    private static final Logger LOG = LoggerFactory.getLogger(Reconciliation.class);

    private final SettlePayments settle;

    Reconciliation(SettlePayments settle) {
        this.settle = settle;
    }

    @Scheduled(fixedDelayString = "${shangmen.billing.reconcile-every:PT1M}", initialDelayString = "${shangmen.billing.reconcile-every:PT1M}")
    @SchedulerLock(name = "billing-reconciliation", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1S")
    void tick() {
        try {
            int settled = settle.reconcile();
            if (settled > 0) {
                LOG.info("reconciliation settled {} payments and refunds", settled);
            }
        } catch (RuntimeException e) {
            LOG.warn("reconciliation failed; tried again at the next tick", e);
        }
    }
}
