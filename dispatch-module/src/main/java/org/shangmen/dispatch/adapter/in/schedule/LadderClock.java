package org.shangmen.dispatch.adapter.in.schedule;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.shangmen.dispatch.application.port.in.AdvanceDispatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Escalates timed-out rungs every few seconds ({@code shangmen.dispatch.tick}, default 5 s). */
@Component
@ConditionalOnProperty(name = "shangmen.dispatch.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class LadderClock {

    private static final Logger LOG = LoggerFactory.getLogger(LadderClock.class);

    private final AdvanceDispatch dispatch;

    LadderClock(AdvanceDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @Scheduled(fixedDelayString = "${shangmen.dispatch.tick:PT5S}", initialDelayString = "${shangmen.dispatch.tick:PT5S}")
    @SchedulerLock(name = "dispatch-ladder", lockAtMostFor = "PT5M", lockAtLeastFor = "PT1S")
    void tick() {
        try {
            int moved = dispatch.advanceDue();
            if (moved > 0) {
                LOG.debug("dispatch ladder moved {} orders", moved);
            }
        } catch (RuntimeException e) {
            LOG.warn("dispatch ladder tick failed; retried at the next tick", e);
        }
    }
}
