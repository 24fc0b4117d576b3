package org.shangmen.complaint.adapter.out.training;

import java.util.UUID;
import java.util.function.Supplier;
import org.shangmen.complaint.application.port.out.RetrainingRequests;
import org.shangmen.kernel.DomainException;
import org.shangmen.training.api.Retraining;

/**
 * Retraining through the training module's {@link Retraining} port, looked up on each use: where the
 * platform runs without it, a retraining outcome is refused with {@code complaint.retraining-unavailable}.
 */
public class TrainingRetrainingRequests implements RetrainingRequests {

    private final Supplier<Retraining> retraining;

    /** @param retraining answers the port, or null where none is offered */
    public TrainingRetrainingRequests(Supplier<Retraining> retraining) {
        this.retraining = retraining;
    }

    @Override
    public void ensureCourse(UUID courseId) {
        if (!port().courseExists(courseId)) {
            throw DomainException.rejected("complaint.course-not-found");
        }
    }

    @Override
    public void require(UUID workerId, UUID courseId, String reason, UUID complaintId) {
        port().require(workerId, courseId, reason, complaintId);
    }

    @Override
    public UUID suspendUntilPassed(UUID workerId, UUID courseId, String reason, String evidence, java.time.Instant until,
                                   UUID operatorId) {
        return port().suspendUntilPassed(workerId, courseId, reason, evidence, java.util.Optional.of(until), operatorId).id();
    }

    private Retraining port() {
        Retraining port = retraining.get();
        if (port == null) {
            throw DomainException.conflict("complaint.retraining-unavailable");
        }
        return port;
    }
}
