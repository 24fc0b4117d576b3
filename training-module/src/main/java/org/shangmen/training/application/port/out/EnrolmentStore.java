package org.shangmen.training.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** Enrolments, seats at sessions, lesson progress, homework and practical grades. */
public interface EnrolmentStore {

    record Enrolment(UUID id, UUID courseId, UUID workerId, boolean required, Optional<String> reason, List<UUID> evidenceIds,
                     String status, Instant enrolledAt, Optional<Instant> completedAt) {
    }

    record Seat(UUID partId, UUID workerId, String status, Instant askedAt, Optional<Instant> attendedAt) {
    }

    record Progress(UUID partId, UUID workerId, String segments, Instant lastReportedAt, Optional<Instant> watchedAt) {
    }

    record Homework(UUID id, UUID partId, UUID workerId, String answer, int photoCount, Instant submittedAt, Optional<Boolean> passed,
                    Optional<String> comment, Optional<Instant> gradedAt) {
    }

    record Practical(UUID partId, UUID workerId, List<Integer> checked, boolean passed, Optional<String> comment, Instant gradedAt) {
    }

    /** Inserts unless the worker is already enrolled; answers whether a row was written. */
    boolean insert(Enrolment enrolment);

    Optional<Enrolment> find(UUID courseId, UUID workerId);

    Optional<Enrolment> findForUpdate(UUID courseId, UUID workerId);

    void update(Enrolment enrolment);

    Page<Enrolment> ofWorker(UUID workerId, PageRequest page);

    /** Locks the session's row until the transaction ends: seats of one session are decided one after another. */
    void lockSession(UUID partId);

    int booked(UUID partId);

    Optional<Seat> seat(UUID partId, UUID workerId);

    void save(Seat seat);

    /** The longest-waiting worker, if any. */
    Optional<Seat> firstWaiting(UUID partId);

    List<Seat> seats(UUID partId);

    /** Booked seats at sessions starting in the window that were not reminded yet; marks them reminded. */
    List<Seat> remindBetween(Instant from, Instant to);

    Optional<Progress> progress(UUID partId, UUID workerId);

    /** The progress row locked until the transaction ends, so reports of one lesson are judged one after another. */
    Optional<Progress> progressForUpdate(UUID partId, UUID workerId);

    void save(Progress progress);

    void insert(Homework homework);

    Optional<Homework> homework(UUID homeworkId);

    List<Homework> homeworkOf(UUID partId, UUID workerId);

    Page<Homework> ungraded(PageRequest page);

    /** Grades a homework not graded yet; false when it already was. */
    boolean grade(UUID homeworkId, boolean passed, String comment, UUID trainer, Instant at);

    /** Adds a photo to a homework under a lock on the homework's row; answers the photos it now has. */
    int addPhoto(UUID homeworkId, String storageKey);

    /** Locks the homework's row until the transaction ends and answers it. */
    Optional<Homework> homeworkForUpdate(UUID homeworkId);

    List<String> photoKeys(UUID homeworkId);

    void save(Practical practical, UUID trainer);

    Optional<Practical> practical(UUID partId, UUID workerId);
}
