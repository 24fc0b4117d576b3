package org.shangmen.booking.adapter.in.schedule;

import org.shangmen.booking.application.port.in.series.GenerateSeriesVisits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Places the orders of recurring plans' visits that came within the horizon, every hour ({@code shangmen.booking.series.tick}). */
@Component
@ConditionalOnProperty(name = "shangmen.booking.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class SeriesHorizon {

    private static final Logger LOG = LoggerFactory.getLogger(SeriesHorizon.class);

    private final GenerateSeriesVisits series;

    SeriesHorizon(GenerateSeriesVisits series) {
        this.series = series;
    }

    @Scheduled(fixedDelayString = "${shangmen.booking.series.tick:PT1H}", initialDelayString = "${shangmen.booking.series.tick:PT1H}")
    @SchedulerLock(name = "booking-series-horizon", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1S")
    void tick() {
        try {
            int placed = series.generateDue();
            if (placed > 0) {
                LOG.info("placed {} orders of recurring plans", placed);
            }
        } catch (RuntimeException e) {
            LOG.warn("recurring plans' generation failed; retried at the next tick", e);
        }
    }
}
