package org.shangmen.training.adapter.in.schedule;

import org.shangmen.training.application.ExpiryService;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** W4.2 badge expiry notices (30 days ahead and on the day) and session reminders the day before. */
@Component
class TrainingCalendar {

    private final ExpiryService expiry;

    TrainingCalendar(ExpiryService expiry) {
        this.expiry = expiry;
    }

    @Scheduled(fixedDelayString = "${shangmen.training.calendar-tick:PT10M}", initialDelayString = "${shangmen.training.calendar-tick:PT10M}")
    void tick() {
        expiry.run();
    }
}
