package org.shangmen.training.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.training.application.port.in.WorkerTraining.ExamSummary;
import org.shangmen.training.application.port.in.WorkerTraining.PartProgress;
import org.shangmen.training.application.port.in.WorkerTraining.Progress;
import org.shangmen.training.application.port.out.CertificateStore;
import org.shangmen.training.application.port.out.EnrolmentStore;
import org.shangmen.training.application.port.out.EnrolmentStore.Enrolment;
import org.shangmen.training.application.port.out.EnrolmentStore.Homework;
import org.shangmen.training.application.port.out.ExamStore;
import org.shangmen.training.application.port.out.ExamStore.Attempt;
import org.shangmen.training.domain.Coverage;
import org.shangmen.training.domain.Course;
import org.shangmen.training.domain.Part;

/** Where a worker stands in a course, part by part, read from the stores: the one judge of "passed". */
public class CourseProgress {

    private final EnrolmentStore enrolments;
    private final ExamStore exams;
    private final CertificateStore certificates;

    public CourseProgress(EnrolmentStore enrolments, ExamStore exams, CertificateStore certificates) {
        this.enrolments = enrolments;
        this.exams = exams;
        this.certificates = certificates;
    }

    Progress of(Course course, Enrolment enrolment, Instant now) {
        UUID worker = enrolment.workerId();
        List<PartProgress> parts = new ArrayList<>();
        for (Part part : course.parts()) {
            parts.add(switch (part.kind()) {
                case VIDEO -> enrolments.progress(part.id(), worker)
                        .map(p -> {
                            Coverage c = Coverage.parse(p.segments());
                            return new PartProgress(part.id(), part.kind(), part.title(), p.watchedAt().isPresent() ? "PASSED" : "IN_PROGRESS",
                                    c.watchedSeconds(), Optional.empty(), Optional.empty());
                        })
                        .orElse(new PartProgress(part.id(), part.kind(), part.title(), "NOT_STARTED", 0, Optional.empty(), Optional.empty()));
                case READING -> new PartProgress(part.id(), part.kind(), part.title(), "PASSED", 0, Optional.empty(), Optional.empty());
                case HOMEWORK -> homework(part, worker);
                case SESSION -> enrolments.seat(part.id(), worker)
                        .map(s -> new PartProgress(part.id(), part.kind(), part.title(), s.attendedAt().isPresent() ? "PASSED"
                                : "CANCELLED".equals(s.status()) ? "NOT_STARTED" : "WAITING", 0, Optional.of(s.status()), Optional.empty()))
                        .orElse(new PartProgress(part.id(), part.kind(), part.title(), "NOT_STARTED", 0, Optional.empty(), Optional.empty()));
                case PRACTICAL -> enrolments.practical(part.id(), worker)
                        .map(p -> new PartProgress(part.id(), part.kind(), part.title(), p.passed() ? "PASSED" : "FAILED", 0,
                                Optional.empty(), p.comment()))
                        .orElse(new PartProgress(part.id(), part.kind(), part.title(), "NOT_STARTED", 0, Optional.empty(), Optional.empty()));
            });
        }
        Optional<ExamSummary> exam = course.exam().required() ? Optional.of(exam(course, enrolment, now)) : Optional.empty();
        Optional<String> certificate = certificates.ofWorker(worker).stream()
                .filter(c -> c.courseId().equals(course.id()))
                .max(Comparator.comparing(CertificateStore.Certificate::issuedAt))
                .map(CertificateStore.Certificate::number);
        return new Progress(course.id(), enrolment.status(), parts, exam, certificate);
    }

    private PartProgress homework(Part part, UUID worker) {
        List<Homework> all = enrolments.homeworkOf(part.id(), worker);
        if (all.isEmpty()) {
            return new PartProgress(part.id(), part.kind(), part.title(), "NOT_STARTED", 0, Optional.empty(), Optional.empty());
        }
        Homework latest = all.getLast();
        boolean passed = all.stream().anyMatch(h -> h.passed().orElse(false));
        String state = passed ? "PASSED" : latest.passed().isEmpty() ? "WAITING" : "FAILED";
        return new PartProgress(part.id(), part.kind(), part.title(), state, 0, Optional.empty(), latest.comment());
    }

    /** Attempts of the current round: since the worker enrolled (or re-enrolled to renew a badge). */
    List<Attempt> attempts(Course course, Enrolment enrolment) {
        return exams.of(course.id(), enrolment.workerId()).stream().filter(a -> !a.startedAt().isBefore(enrolment.enrolledAt())).toList();
    }

    ExamSummary exam(Course course, Enrolment enrolment, Instant now) {
        List<Attempt> attempts = attempts(course, enrolment);
        boolean passed = attempts.stream().anyMatch(a -> a.passed().orElse(false));
        Optional<Integer> best = attempts.stream().flatMap(a -> a.score().stream()).max(Integer::compare);
        Optional<Instant> next = Optional.empty();
        if (!passed && attempts.size() < course.exam().maxAttempts()) {
            next = attempts.stream().flatMap(a -> a.submittedAt().stream()).max(Instant::compareTo)
                    .map(t -> t.plusSeconds(course.exam().retryWaitMinutes() * 60L))
                    .filter(t -> t.isAfter(now));
        }
        return new ExamSummary(attempts.size(), course.exam().maxAttempts(), best, passed, next);
    }

    /** Every required part passed, and the exam when the course has one. */
    static boolean complete(Progress progress) {
        boolean parts = progress.parts().stream().filter(p -> p.kind().required()).allMatch(p -> "PASSED".equals(p.state()));
        return parts && progress.exam().map(ExamSummary::passed).orElse(true);
    }

    static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, org.shangmen.kernel.Zones.CHINA);
    }
}
