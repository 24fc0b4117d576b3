package org.shangmen.app.cluster;

import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands event publications whose listener failed back to their listener on a schedule, without waiting
 * for a restart. A publication still in progress on an instance that died is marked failed once it is
 * older than {@code spring.modulith.events.staleness.processing}, and so is taken over here by a live
 * instance. One instance at a time resubmits (the lock), and only publications that failed at least
 * {@code shangmen.events.resubmit-after} ago, so that a listener still working is not run twice.
 */
@Component
@ConditionalOnProperty(name = "shangmen.events.resubmission.enabled", havingValue = "true", matchIfMissing = true)
class PublicationResubmission {

    private static final Logger LOG = LoggerFactory.getLogger(PublicationResubmission.class);

    private final FailedEventPublications failed;
    private final Duration minAge;

    PublicationResubmission(FailedEventPublications failed, @Value("${shangmen.events.resubmit-after:PT30S}") Duration minAge) {
        this.failed = failed;
        this.minAge = minAge;
    }

    @Scheduled(fixedDelayString = "${shangmen.events.resubmit-every:PT30S}", initialDelayString = "${shangmen.events.resubmit-every:PT30S}")
    @SchedulerLock(name = "events-resubmission", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1S")
    public void resubmit() {
        try {
            failed.resubmit(ResubmissionOptions.defaults().withMinAge(minAge));
        } catch (RuntimeException e) {
            LOG.warn("resubmitting failed event publications did not finish; tried again at the next tick", e);
        }
    }
}
