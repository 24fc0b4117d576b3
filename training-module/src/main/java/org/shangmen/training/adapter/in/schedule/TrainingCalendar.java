package org.shangmen.training.adapter.in.schedule;

import org.shangmen.training.application.ExpiryService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * W4.2 badge expiry notices (30 days ahead and on the day) and session reminders the day before, every ten
 * minutes ({@code shangmen.training.calendar-tick}).
 */
@Component
@ConditionalOnProperty(name = "shangmen.training.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class TrainingCalendar {

    private final ExpiryService expiry;

    TrainingCalendar(ExpiryService expiry) {
        this.expiry = expiry;
    }

    @Scheduled(fixedDelayString = "${shangmen.training.calendar-tick:PT10M}", initialDelayString = "${shangmen.training.calendar-tick:PT10M}")
    @SchedulerLock(name = "training-calendar", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1S")
    void tick() {
        expiry.run();
    }
}
