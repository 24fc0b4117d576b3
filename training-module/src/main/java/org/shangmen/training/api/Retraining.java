package org.shangmen.training.api;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.worker.api.WorkerAdministration;

/**
 * Asks a worker to retrain: the worker is enrolled in the named course and told why. Complaint handling
 * and penalties use it; passing the course is published as a training result other modules act on.
 */
public interface Retraining {

    /**
     * Enrols {@code workerId} in {@code courseId} as required retraining. {@code reason} is shown to the
     * worker; {@code evidenceId} names what led to it (a complaint or a penalty), kept with the enrolment.
     * Idempotent per (worker, course, evidence).
     */
    void require(UUID workerId, UUID courseId, String reason, UUID evidenceId);

    /**
     * A2.1 W4.2 suspends the worker for quality until they pass {@code courseId} (and at the latest until
     * {@code suspendedUntil}, when given): the suspension names the course, the worker is enrolled in it as
     * required retraining with the penalty as evidence, both in one transaction; completing the course lifts the
     * suspension at once. {@code training.course-not-found} for a course not published.
     */
    WorkerAdministration.PenaltyView suspendUntilPassed(UUID workerId, UUID courseId, String reason, String evidence,
                                                        Optional<Instant> suspendedUntil, UUID operatorId);

    /** Whether {@code courseId} exists and is published, so a caller can refuse an unknown course early. */
    boolean courseExists(UUID courseId);
}
