package org.shangmen.training.api;

import java.util.UUID;

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

    /** Whether {@code courseId} exists and is published, so a caller can refuse an unknown course early. */
    boolean courseExists(UUID courseId);
}
