package org.shangmen.complaint.application.port.out;

import java.util.UUID;

/**
 * Sends a worker to retraining for a complaint; {@code complaint.retraining-unavailable} (409) where the
 * platform offers no retraining, {@code complaint.course-not-found} (422) for an unknown course.
 */
public interface RetrainingRequests {

    /** Refuses early, before anything else of a resolution happens. */
    void ensureCourse(UUID courseId);

    void require(UUID workerId, UUID courseId, String reason, UUID complaintId);

    /**
     * A2.1 W4.2 suspends the worker until they pass the course (at the latest until {@code until}), the complaint
     * as evidence; answers the penalty's id. Joins the caller's transaction.
     */
    UUID suspendUntilPassed(UUID workerId, UUID courseId, String reason, String evidence, java.time.Instant until, UUID operatorId);
}
