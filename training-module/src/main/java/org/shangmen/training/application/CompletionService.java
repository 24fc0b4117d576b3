package org.shangmen.training.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.shangmen.training.api.event.BadgeEarned;
import org.shangmen.training.api.event.CourseCompleted;
import org.shangmen.training.application.port.in.WorkerTraining.Progress;
import org.shangmen.training.application.port.out.CertificateStore;
import org.shangmen.training.application.port.out.CertificateStore.Certificate;
import org.shangmen.training.application.port.out.EnrolmentStore;
import org.shangmen.training.application.port.out.EnrolmentStore.Enrolment;
import org.shangmen.training.domain.Course;
import org.shangmen.worker.api.RetrainingSuspensions;
import org.shangmen.worker.api.WorkerBadges;
import org.springframework.context.ApplicationEventPublisher;

/**
 * W4.2 passing every required part earns the training certificate (培训合格证) with a verifiable number and
 * the course's skill badge, granted on the worker's side in the caller's transaction. Called after each
 * step that may finish a course; does nothing until everything is passed, and only once per round. Passing a course
 * that a suspension names lifts that suspension at once (worker's {@link RetrainingSuspensions}).
 */
public class CompletionService {

    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EnrolmentStore enrolments;
    private final CertificateStore certificates;
    private final CourseProgress progress;
    private final WorkerBadges badges;
    private final RetrainingSuspensions suspensions;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CompletionService(EnrolmentStore enrolments, CertificateStore certificates, CourseProgress progress, WorkerBadges badges,
                             RetrainingSuspensions suspensions, ApplicationEventPublisher events, Clock clock) {
        this.suspensions = suspensions;
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.progress = progress;
        this.badges = badges;
        this.events = events;
        this.clock = clock;
    }

    /** Inside a transaction. */
    void completeIfDone(Course course, UUID workerId) {
        Enrolment enrolment = enrolments.findForUpdate(course.id(), workerId).orElse(null);
        if (enrolment == null || "COMPLETED".equals(enrolment.status())) {
            return;
        }
        Instant now = clock.instant();
        Progress state = progress.of(course, enrolment, now);
        if (!CourseProgress.complete(state)) {
            return;
        }
        LocalDate until = CourseProgress.today(now).plusMonths(course.badge().months());
        String number = number(now);
        certificates.insert(new Certificate(number, course.id(), workerId, course.badge().code(), course.badge().label(), now, until, "NONE"));
        enrolments.update(new Enrolment(enrolment.id(), enrolment.courseId(), workerId, enrolment.required(), enrolment.reason(),
                enrolment.evidenceIds(), "COMPLETED", enrolment.enrolledAt(), java.util.Optional.of(now)));
        badges.grant(workerId, course.badge().code(), course.badge().label(), until, number);
        // A2.1: a suspension for quality that names this course ends now, on the worker's side, in this transaction.
        suspensions.coursePassed(workerId, course.id());
        events.publishEvent(new CourseCompleted(workerId, course.id(), course.title(), number, enrolment.required(), enrolment.evidenceIds()));
        events.publishEvent(new BadgeEarned(workerId, course.badge().code(), course.badge().label(), until, number));
    }

    /** "PX2026-7K3M9QH2XA": the year and ten random characters without look-alikes. */
    static String number(Instant now) {
        StringBuilder out = new StringBuilder("PX").append(CourseProgress.today(now).getYear()).append('-');
        for (int i = 0; i < 10; i++) {
            out.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return out.toString();
    }
}
