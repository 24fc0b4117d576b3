package org.shangmen.booking.adapter.in.schedule;

import org.shangmen.booking.application.port.in.placement.SettlePlacements;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Settles placements' paid periods that are over (the worker's earning) and ends placements whose span
 * is over, every 10 minutes ({@code shangmen.booking.placement.settle-tick}).
 */
@Component
@ConditionalOnProperty(name = "shangmen.booking.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class PlacementSettlements {

    private static final Logger LOG = LoggerFactory.getLogger(PlacementSettlements.class);

    private final SettlePlacements placements;

    PlacementSettlements(SettlePlacements placements) {
        this.placements = placements;
    }

    @Scheduled(fixedDelayString = "${shangmen.booking.placement.settle-tick:PT10M}",
            initialDelayString = "${shangmen.booking.placement.settle-tick:PT10M}")
    @SchedulerLock(name = "booking-placement-settlements", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1S")
    void tick() {
        try {
            int touched = placements.settleDue();
            if (touched > 0) {
                LOG.info("settled periods of {} placements", touched);
            }
        } catch (RuntimeException e) {
            LOG.warn("placement settlement failed; retried at the next tick", e);
        }
    }
}
