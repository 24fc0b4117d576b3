package org.shangmen.training.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.training.api.event.ExamGraded;
import org.shangmen.training.application.port.in.TakeExam;
import org.shangmen.training.application.port.out.CourseStore;
import org.shangmen.training.application.port.out.EnrolmentStore;
import org.shangmen.training.application.port.out.EnrolmentStore.Enrolment;
import org.shangmen.training.application.port.out.ExamStore;
import org.shangmen.training.application.port.out.ExamStore.Attempt;
import org.shangmen.training.domain.Course;
import org.shangmen.training.domain.Question;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * W4.2 theory exams. Each attempt draws its own paper at random from the course's bank and keeps it on
 * the server; the worker sees questions and options, never the answers. The server's clock sets the
 * deadline; a submission after it (plus a few seconds for the network) is graded as failed; a submission
 * is accepted once (a replay is refused); attempts are limited, with a wait between them.
 */
public class ExamService implements TakeExam {

    /** Seconds of network delay forgiven at the deadline. */
    static final int GRACE_SECONDS = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CourseStore courses;
    private final EnrolmentStore enrolments;
    private final ExamStore exams;
    private final CourseProgress progress;
    private final CompletionService completion;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ExamService(CourseStore courses, EnrolmentStore enrolments, ExamStore exams, CourseProgress progress, CompletionService completion,
                       ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.courses = courses;
        this.enrolments = enrolments;
        this.exams = exams;
        this.progress = progress;
        this.completion = completion;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public ExamPaper start(UUID workerId, UUID courseId) {
        return tx.execute(s -> {
            Course course = courses.find(courseId).filter(Course::published)
                    .orElseThrow(() -> DomainException.notFound("training.course-not-found"));
            if (!course.exam().required()) {
                throw DomainException.notFound("training.exam-not-found");
            }
            Enrolment enrolment = enrolments.findForUpdate(courseId, workerId)
                    .orElseThrow(() -> DomainException.rejected("training.not-enrolled"));
            if ("COMPLETED".equals(enrolment.status())) {
                throw DomainException.conflict("training.exam-already-passed");
            }
            Instant now = clock.instant();
            List<Attempt> attempts = progress.attempts(course, enrolment);
            Optional<Attempt> open = attempts.stream().filter(a -> "OPEN".equals(a.status()) && now.isBefore(a.deadline())).findFirst();
            if (open.isPresent()) {
                return paper(open.get());
            }
            if (attempts.stream().anyMatch(a -> a.passed().orElse(false))) {
                throw DomainException.conflict("training.exam-already-passed");
            }
            // An attempt left open past its deadline counts as failed.
            for (Attempt a : attempts) {
                if ("OPEN".equals(a.status())) {
                    close(course, a, "LATE", a.deadline(), Map.of());
                }
            }
            if (attempts.size() >= course.exam().maxAttempts()) {
                throw DomainException.conflict("training.exam-no-attempts-left", course.exam().maxAttempts());
            }
            Optional<Instant> last = attempts.stream().map(a -> a.submittedAt().orElse(a.deadline())).max(Instant::compareTo);
            if (last.isPresent() && now.isBefore(last.get().plusSeconds(course.exam().retryWaitMinutes() * 60L))) {
                throw DomainException.conflict("training.exam-wait", course.exam().retryWaitMinutes());
            }
            List<Question> bank = new ArrayList<>(courses.questions(courseId));
            if (bank.size() < course.exam().questions()) {
                throw DomainException.conflict("training.exam-bank-too-small");
            }
            Collections.shuffle(bank, RANDOM);
            List<UUID> drawn = bank.subList(0, course.exam().questions()).stream().map(Question::id).toList();
            int number = exams.of(courseId, workerId).size() + 1;
            Attempt attempt = new Attempt(UUID.randomUUID(), courseId, workerId, number, drawn, now,
                    now.plusSeconds(course.exam().minutes() * 60L), "OPEN", Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty());
            if (!exams.insert(attempt)) {
                throw DomainException.conflict("training.exam-already-started");
            }
            return paper(attempt);
        });
    }

    private ExamPaper paper(Attempt attempt) {
        Map<UUID, Question> byId = new HashMap<>();
        courses.questions(attempt.questionIds()).forEach(q -> byId.put(q.id(), q));
        List<ExamQuestion> questions = attempt.questionIds().stream().map(byId::get)
                .map(q -> new ExamQuestion(q.id(), q.kind(), q.prompt(), q.options())).toList();
        return new ExamPaper(attempt.id(), attempt.courseId(), attempt.number(), attempt.startedAt(), attempt.deadline(), questions);
    }

    @Override
    public ExamResult submit(UUID workerId, UUID attemptId, Map<UUID, Set<Integer>> answers) {
        if (answers == null || answers.size() > 100) {
            throw DomainException.invalid("training.exam-answers-invalid");
        }
        ExamResult graded = tx.execute(s -> {
            Attempt attempt = exams.find(attemptId).filter(a -> a.workerId().equals(workerId))
                    .orElseThrow(() -> DomainException.notFound("training.exam-attempt-not-found"));
            Course course = courses.find(attempt.courseId()).orElseThrow();
            if (!"OPEN".equals(attempt.status())) {
                throw DomainException.conflict("training.exam-already-submitted");
            }
            Instant now = clock.instant();
            if (now.isAfter(attempt.deadline().plusSeconds(GRACE_SECONDS))) {
                // Kept as a failed attempt: the refusal below comes after this is committed.
                return close(course, attempt, "LATE", now, Map.of());
            }
            ExamResult result = close(course, attempt, "SUBMITTED", now, answers);
            if (result.passed()) {
                completion.completeIfDone(course, workerId);
            }
            return result;
        });
        if ("LATE".equals(graded.status())) {
            throw DomainException.conflict("training.exam-time-up");
        }
        return graded;
    }

    private ExamResult close(Course course, Attempt attempt, String status, Instant at, Map<UUID, Set<Integer>> answers) {
        int correct = 0;
        for (Question q : courses.questions(attempt.questionIds())) {
            Set<Integer> chosen = answers.get(q.id());
            if (chosen != null && q.answeredBy(chosen)) {
                correct++;
            }
        }
        int total = attempt.questionIds().size();
        int score = total == 0 ? 0 : correct * 100 / total;
        boolean passed = "SUBMITTED".equals(status) && score >= course.exam().passPercent();
        if (!exams.close(attempt.id(), status, at, correct, score, passed)) {
            throw DomainException.conflict("training.exam-already-submitted");
        }
        events.publishEvent(new ExamGraded(attempt.id(), attempt.workerId(), course.id(), course.title(), score, passed));
        return new ExamResult(attempt.id(), status, correct, total, score, course.exam().passPercent(), passed);
    }
}
