package org.shangmen.training.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.training.application.port.out.CertificateStore.Certificate;
import org.shangmen.training.application.port.out.EnrolmentStore.Enrolment;
import org.shangmen.training.application.port.out.EnrolmentStore.Seat;
import org.shangmen.training.domain.Course;
import org.shangmen.training.domain.PartKind;

/** W4.1, W4.2 a worker's side of training: recommendations, enrolment, seats, lessons, homework, progress. */
public interface WorkerTraining {

    /** A course recommended with the reasons, and the worker's enrolment in it if any. */
    record Recommendation(Course course, List<String> reasons, Optional<Enrolment> enrolment) {
    }

    /** {@code kind}: ONLINE (has video lessons) or OFFLINE (has sessions). */
    Page<Recommendation> recommendations(UUID workerId, Optional<String> skill, Optional<String> kind, PageRequest page);

    Recommendation course(UUID workerId, UUID courseId);

    Enrolment enrol(UUID workerId, UUID courseId);

    Page<Enrolment> enrolments(UUID workerId, PageRequest page);

    /** A seat at an offline session, or a place on its waiting list when it is full. */
    Seat bookSeat(UUID workerId, UUID partId);

    /** Gives the seat (or waiting place) back before the cancellation deadline; the first waiting worker moves up. */
    Seat cancelSeat(UUID workerId, UUID partId);

    /** Attendance by the code shown at the session, during the session. */
    Seat checkIn(UUID workerId, UUID partId, String code);

    record LessonWatchState(UUID partId, int durationSeconds, int watchedSeconds, boolean watched) {
    }

    /** The player watched {@code [fromSecond, toSecond]}; the server decides what counts. */
    LessonWatchState reportWatched(UUID workerId, UUID partId, int fromSecond, int toSecond);

    record HomeworkSubmission(String answer, int photoCount) {
    }

    UUID submitHomework(UUID workerId, UUID partId, HomeworkSubmission submission);

    /** One part's state for the worker: NOT_STARTED, IN_PROGRESS, WAITING (for a grade or a seat), PASSED, FAILED. */
    record PartProgress(UUID partId, PartKind kind, String title, String state, int watchedSeconds, Optional<String> seatStatus,
                        Optional<String> comment) {
    }

    record ExamSummary(int attemptsUsed, int maxAttempts, Optional<Integer> bestScore, boolean passed, Optional<Instant> nextAttemptAt) {
    }

    record Progress(UUID courseId, String status, List<PartProgress> parts, Optional<ExamSummary> exam, Optional<String> certificateNumber) {
    }

    Progress progress(UUID workerId, UUID courseId);

    List<Certificate> certificates(UUID workerId);

    /** Public check of a certificate's number: which course, when issued, until when valid. */
    record Verification(String number, String courseTitle, Instant issuedAt, LocalDate validUntil, boolean valid) {
    }

    Verification verify(String number);
}
