package org.shangmen.analytics.adapter.in.schedule;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.shangmen.analytics.application.port.in.RefreshRollups;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A4.2: brings the rollups up to the facts every few seconds ({@code shangmen.analytics.rollup-tick}), on one
 * node of the cluster at a time. The insights are exact without it; they read the days not yet refreshed from
 * the facts, which is slower the more such days there are.
 */
@Component
@ConditionalOnProperty(name = "shangmen.analytics.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class RollupSchedule {

    private final RefreshRollups rollups;

    RollupSchedule(RefreshRollups rollups) {
        this.rollups = rollups;
    }

    @Scheduled(fixedDelayString = "${shangmen.analytics.rollup-tick:PT10S}", initialDelayString = "${shangmen.analytics.rollup-tick:PT10S}")
    @SchedulerLock(name = "analytics-rollups", lockAtMostFor = "PT10M", lockAtLeastFor = "PT1S")
    void tick() {
        rollups.refresh();
    }
}
