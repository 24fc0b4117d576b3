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
}
