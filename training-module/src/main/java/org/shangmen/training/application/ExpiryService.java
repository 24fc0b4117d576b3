package org.shangmen.training.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.shangmen.training.api.event.BadgeExpired;
import org.shangmen.training.api.event.BadgeExpiring;
import org.shangmen.training.api.event.SessionReminderDue;
import org.shangmen.training.application.port.out.CertificateStore;
import org.shangmen.training.application.port.out.CertificateStore.Certificate;
import org.shangmen.training.application.port.out.CourseStore;
import org.shangmen.training.application.port.out.EnrolmentStore;
import org.shangmen.training.domain.Course;
import org.shangmen.training.domain.Part;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * W4.2 the training calendar's jobs: a notice 30 days before a badge ends (with the course that renews it),
 * another when it has ended, and a reminder the day before an offline session. Each fact is noted in the
 * same transaction as its event, so a run repeated on another instance tells nobody twice.
 */
public class ExpiryService {

    static final int WARN_DAYS = 30;
    private static final int BATCH = 200;

    private final CertificateStore certificates;
    private final CourseStore courses;
    private final EnrolmentStore enrolments;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ExpiryService(CertificateStore certificates, CourseStore courses, EnrolmentStore enrolments, ApplicationEventPublisher events,
                         PlatformTransactionManager transactions, Clock clock) {
        this.certificates = certificates;
        this.courses = courses;
        this.enrolments = enrolments;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Answers how many notices were published. */
    public int run() {
        Instant now = clock.instant();
        LocalDate today = CourseProgress.today(now);
        Integer told = tx.execute(s -> {
            int n = 0;
            for (Certificate c : certificates.endingBy(today.minusDays(1), "EXPIRED", BATCH)) {
                certificates.noted(c.number(), "EXPIRED");
                events.publishEvent(new BadgeExpired(c.workerId(), c.badgeCode(), c.badgeLabel(), c.validUntil(), c.courseId()));
                n++;
            }
            for (Certificate c : certificates.endingBy(today.plusDays(WARN_DAYS), "EXPIRING", BATCH)) {
                certificates.noted(c.number(), "EXPIRING");
                String title = courses.find(c.courseId()).map(Course::title).orElse("");
                events.publishEvent(new BadgeExpiring(c.workerId(), c.badgeCode(), c.badgeLabel(), c.validUntil(), c.courseId(), title));
                n++;
            }
            for (EnrolmentStore.Seat seat : enrolments.remindBetween(now, now.plus(Duration.ofDays(1)))) {
                Course course = courses.ofPart(seat.partId()).orElseThrow();
                Part part = course.part(seat.partId()).orElseThrow();
                Part.Session session = part.session().orElseThrow();
                events.publishEvent(new SessionReminderDue(seat.partId(), seat.workerId(), course.title(), part.title(), session.place(),
                        session.startsAt()));
                n++;
            }
            return n;
        });
        return told == null ? 0 : told;
    }

}
