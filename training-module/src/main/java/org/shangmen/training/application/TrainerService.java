package org.shangmen.training.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.training.api.event.HomeworkGraded;
import org.shangmen.training.application.port.in.TrainerDesk;
import org.shangmen.training.application.port.out.CourseStore;
import org.shangmen.training.application.port.out.EnrolmentStore;
import org.shangmen.training.application.port.out.EnrolmentStore.Homework;
import org.shangmen.training.application.port.out.EnrolmentStore.Practical;
import org.shangmen.training.application.port.out.EnrolmentStore.Seat;
import org.shangmen.training.domain.Course;
import org.shangmen.training.domain.Part;
import org.shangmen.training.domain.PartKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** W4.2 trainers grade homework and practical demonstrations and record attendance; workers check in by code. */
public class TrainerService implements TrainerDesk {

    /** Check-in by code opens this long before the session starts. */
    private static final long CHECK_IN_EARLY_SECONDS = 3600;

    private final CourseStore courses;
    private final EnrolmentStore enrolments;
    private final CompletionService completion;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    public TrainerService(CourseStore courses, EnrolmentStore enrolments, CompletionService completion, ApplicationEventPublisher events,
                          PlatformTransactionManager transactions, Clock clock) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.completion = completion;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    private record Located(Course course, Part part) {
    }

    private Located part(UUID partId, PartKind kind) {
        Course course = courses.ofPart(partId).orElseThrow(() -> DomainException.notFound("training.part-not-found"));
        Part part = course.part(partId).filter(p -> p.kind() == kind).orElseThrow(() -> DomainException.notFound("training.part-not-found"));
        return new Located(course, part);
    }

    @Override
    public Page<Homework> ungradedHomework(PageRequest page) {
        return enrolments.ungraded(page);
    }

    @Override
    public Homework gradeHomework(UUID trainerId, UUID homeworkId, boolean passed, String comment) {
        String note = comment == null ? "" : comment.strip();
        if (note.length() > 500 || note.indexOf('\0') >= 0) {
            throw DomainException.invalid("training.comment-invalid");
        }
        return tx.execute(s -> {
            Homework h = enrolments.homework(homeworkId).orElseThrow(() -> DomainException.notFound("training.homework-not-found"));
            if (!enrolments.grade(homeworkId, passed, note, trainerId, clock.instant())) {
                throw DomainException.conflict("training.homework-already-graded");
            }
            Located at = part(h.partId(), PartKind.HOMEWORK);
            events.publishEvent(new HomeworkGraded(homeworkId, h.workerId(), at.course().title(), at.part().title(), passed));
            if (passed) {
                completion.completeIfDone(at.course(), h.workerId());
            }
            return enrolments.homework(homeworkId).orElseThrow();
        });
    }

    @Override
    public List<Seat> roster(UUID partId) {
        part(partId, PartKind.SESSION);
        return enrolments.seats(partId);
    }

    @Override
    public Seat recordAttendance(UUID partId, UUID workerId) {
        return tx.execute(s -> attend(part(partId, PartKind.SESSION), workerId));
    }

    private Seat attend(Located at, UUID workerId) {
        Seat seat = enrolments.seat(at.part().id(), workerId).filter(x -> "BOOKED".equals(x.status()))
                .orElseThrow(() -> DomainException.rejected("training.no-booked-seat"));
        if (seat.attendedAt().isPresent()) {
            return seat;
        }
        Seat attended = new Seat(seat.partId(), workerId, seat.status(), seat.askedAt(), Optional.of(clock.instant()));
        enrolments.save(attended);
        completion.completeIfDone(at.course(), workerId);
        return attended;
    }

    Seat checkIn(UUID workerId, UUID partId, String code) {
        return tx.execute(s -> {
            Located at = part(partId, PartKind.SESSION);
            if (enrolments.find(at.course().id(), workerId).isEmpty()) {
                throw DomainException.notFound("training.part-not-found");
            }
            Part.Session session = at.part().session().orElseThrow();
            Instant now = clock.instant();
            if (now.isBefore(session.startsAt().minusSeconds(CHECK_IN_EARLY_SECONDS)) || now.isAfter(session.endsAt())) {
                throw DomainException.conflict("training.check-in-closed");
            }
            if (code == null || !java.security.MessageDigest.isEqual(code.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    session.checkInCode().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
                throw DomainException.rejected("training.check-in-code-wrong");
            }
            return attend(at, workerId);
        });
    }

    @Override
    public boolean gradePractical(UUID trainerId, UUID partId, UUID workerId, List<Integer> checked, String comment) {
        String note = comment == null ? "" : comment.strip();
        if (note.length() > 500 || note.indexOf('\0') >= 0) {
            throw DomainException.invalid("training.comment-invalid");
        }
        return Boolean.TRUE.equals(tx.execute(s -> {
            Located at = part(partId, PartKind.PRACTICAL);
            int size = at.part().checklist().size();
            if (checked == null || checked.stream().anyMatch(i -> i == null || i < 0 || i >= size)) {
                throw DomainException.invalid("training.checklist-invalid");
            }
            if (enrolments.find(at.course().id(), workerId).isEmpty()) {
                throw DomainException.rejected("training.not-enrolled");
            }
            List<Integer> done = checked.stream().distinct().sorted().toList();
            boolean passed = done.size() == size;
            enrolments.save(new Practical(partId, workerId, done, passed, note.isEmpty() ? Optional.empty() : Optional.of(note),
                    clock.instant()), trainerId);
            if (passed) {
                completion.completeIfDone(at.course(), workerId);
            }
            return passed;
        }));
    }
}
