package org.shangmen.training.application;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.training.api.Retraining;
import org.shangmen.training.api.event.EnrolmentConfirmed;
import org.shangmen.training.api.event.SessionSeatConfirmed;
import org.shangmen.training.application.port.out.CertificateStore;
import org.shangmen.training.application.port.out.CourseStore;
import org.shangmen.training.application.port.out.EnrolmentStore;
import org.shangmen.training.application.port.out.EnrolmentStore.Enrolment;
import org.shangmen.training.application.port.out.EnrolmentStore.Seat;
import org.shangmen.training.domain.Course;
import org.shangmen.training.domain.Part;
import org.shangmen.training.domain.PartKind;
import org.shangmen.worker.api.RetrainingSuspensions;
import org.shangmen.worker.api.WorkerAdministration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * W4.1 enrolment, seats at offline sessions and required retraining. A session's seats are decided one
 * after another under a lock on the session's row, so concurrent bookings never exceed its capacity; a
 * full session puts the worker on its waiting list, which moves up when a seat is given back.
 */
public class EnrolmentService implements Retraining {

    /** A completed course may be taken again to renew its badge this many days before the badge ends. */
    static final int RENEWAL_DAYS = 60;

    private final CourseStore courses;
    private final EnrolmentStore enrolments;
    private final CertificateStore certificates;
    private final ApplicationEventPublisher events;
    private final RetrainingSuspensions suspensions;
    private final TransactionTemplate tx;
    private final Clock clock;

    public EnrolmentService(CourseStore courses, EnrolmentStore enrolments, CertificateStore certificates, ApplicationEventPublisher events,
                            RetrainingSuspensions suspensions, PlatformTransactionManager transactions, Clock clock) {
        this.suspensions = suspensions;
        this.courses = courses;
        this.enrolments = enrolments;
        this.certificates = certificates;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    Course published(UUID courseId) {
        return courses.find(courseId).filter(Course::published)
                .orElseThrow(() -> DomainException.notFound("training.course-not-found"));
    }

    public Enrolment enrol(UUID workerId, UUID courseId) {
        return tx.execute(s -> enrolIn(published(courseId), workerId, false, Optional.empty(), Optional.empty()));
    }

    private Enrolment enrolIn(Course course, UUID workerId, boolean required, Optional<String> reason, Optional<UUID> evidence) {
        Instant now = clock.instant();
        Optional<Enrolment> existing = enrolments.findForUpdate(course.id(), workerId);
        if (existing.isEmpty()) {
            Enrolment fresh = new Enrolment(UUID.randomUUID(), course.id(), workerId, required, reason,
                    evidence.map(List::of).orElse(List.of()), "ENROLLED", now, Optional.empty());
            if (enrolments.insert(fresh)) {
                events.publishEvent(new EnrolmentConfirmed(fresh.id(), workerId, course.id(), course.title(), required));
                return fresh;
            }
            existing = enrolments.findForUpdate(course.id(), workerId);
        }
        Enrolment e = existing.orElseThrow();
        List<UUID> evidenceIds = new ArrayList<>(e.evidenceIds());
        evidence.filter(id -> !evidenceIds.contains(id)).ifPresent(evidenceIds::add);
        boolean renew = "COMPLETED".equals(e.status()) && (required && !e.evidenceIds().containsAll(evidenceIds) || renewable(course, workerId, now));
        if (!renew && evidenceIds.equals(e.evidenceIds())) {
            return e;
        }
        Enrolment updated = new Enrolment(e.id(), e.courseId(), workerId, e.required() || required, reason.or(e::reason), evidenceIds,
                renew ? "ENROLLED" : e.status(), renew ? now : e.enrolledAt(), renew ? Optional.empty() : e.completedAt());
        enrolments.update(updated);
        if (renew || required) {
            events.publishEvent(new EnrolmentConfirmed(e.id(), workerId, course.id(), course.title(), updated.required()));
        }
        return updated;
    }

    private boolean renewable(Course course, UUID workerId, Instant now) {
        return certificates.ofWorker(workerId).stream().filter(c -> c.courseId().equals(course.id()))
                .allMatch(c -> c.validUntil().isBefore(CourseProgress.today(now).plusDays(RENEWAL_DAYS)));
    }

    public Page<Enrolment> enrolments(UUID workerId, PageRequest page) {
        return enrolments.ofWorker(workerId, page);
    }

    /** The session part and its course, for an enrolled worker. */
    private Part session(Course course, UUID partId) {
        return course.part(partId).filter(p -> p.kind() == PartKind.SESSION)
                .orElseThrow(() -> DomainException.notFound("training.session-not-found"));
    }

    private Course enrolledCourseOfPart(UUID workerId, UUID partId) {
        Course course = courses.ofPart(partId).filter(Course::published)
                .orElseThrow(() -> DomainException.notFound("training.part-not-found"));
        if (enrolments.find(course.id(), workerId).isEmpty()) {
            throw DomainException.rejected("training.not-enrolled");
        }
        return course;
    }

    public Seat bookSeat(UUID workerId, UUID partId) {
        return tx.execute(s -> {
            Course course = enrolledCourseOfPart(workerId, partId);
            Part part = session(course, partId);
            Instant now = clock.instant();
            if (!now.isBefore(part.session().orElseThrow().startsAt())) {
                throw DomainException.conflict("training.session-started");
            }
            enrolments.lockSession(partId);
            Optional<Seat> existing = enrolments.seat(partId, workerId);
            if (existing.isPresent() && !"CANCELLED".equals(existing.get().status())) {
                return existing.get();
            }
            boolean free = enrolments.booked(partId) < part.session().get().capacity();
            Seat seat = new Seat(partId, workerId, free ? "BOOKED" : "WAITING", now, Optional.empty());
            enrolments.save(seat);
            if (free) {
                confirmed(course, part, workerId, false);
            }
            return seat;
        });
    }

    private void confirmed(Course course, Part part, UUID workerId, boolean fromWaitingList) {
        Part.Session session = part.session().orElseThrow();
        events.publishEvent(new SessionSeatConfirmed(part.id(), workerId, course.title(), part.title(), session.place(), session.startsAt(),
                fromWaitingList));
    }

    public Seat cancelSeat(UUID workerId, UUID partId) {
        return tx.execute(s -> {
            Course course = enrolledCourseOfPart(workerId, partId);
            Part part = session(course, partId);
            Instant now = clock.instant();
            enrolments.lockSession(partId);
            Seat seat = enrolments.seat(partId, workerId).filter(x -> !"CANCELLED".equals(x.status()))
                    .orElseThrow(() -> DomainException.notFound("training.seat-not-found"));
            if ("BOOKED".equals(seat.status()) && now.isAfter(part.session().orElseThrow().cancelDeadline())) {
                throw DomainException.conflict("training.cancel-deadline-passed", part.session().get().cancelHours());
            }
            Seat cancelled = new Seat(partId, workerId, "CANCELLED", seat.askedAt(), Optional.empty());
            enrolments.save(cancelled);
            if ("BOOKED".equals(seat.status())) {
                enrolments.firstWaiting(partId).ifPresent(next -> {
                    enrolments.save(new Seat(partId, next.workerId(), "BOOKED", next.askedAt(), Optional.empty()));
                    confirmed(course, part, next.workerId(), true);
                });
            }
            return cancelled;
        });
    }

    @Override
    public void require(UUID workerId, UUID courseId, String reason, UUID evidenceId) {
        String why = reason == null || reason.isBlank() ? "平台要求参加复训" : reason.strip();
        if (why.length() > 200) {
            why = why.substring(0, 200);
        }
        String shown = why;
        tx.executeWithoutResult(s -> enrolIn(published(courseId), workerId, true, Optional.of(shown), Optional.ofNullable(evidenceId)));
    }

    @Override
    public WorkerAdministration.PenaltyView suspendUntilPassed(UUID workerId, UUID courseId, String reason, String evidence,
                                                               Optional<Instant> suspendedUntil, UUID operatorId) {
        return tx.execute(s -> {
            Course course = published(courseId);
            WorkerAdministration.PenaltyView penalty = suspensions.suspendUntilPassed(workerId, reason, evidence, suspendedUntil, course.id(),
                    course.title(), operatorId);
            String why = penalty.reason().length() > 200 ? penalty.reason().substring(0, 200) : penalty.reason();
            enrolIn(course, workerId, true, Optional.of(why), Optional.of(penalty.id()));
            return penalty;
        });
    }

    @Override
    public boolean courseExists(UUID courseId) {
        return courses.find(courseId).filter(Course::published).isPresent();
    }
}
