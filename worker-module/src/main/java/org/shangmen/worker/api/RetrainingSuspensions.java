package org.shangmen.worker.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Suspensions for quality that passing a named training course lifts (A2.1, W4.2). Training calls it in
 * its own transaction: to impose one (the course checked and the worker enrolled on its side), and when a
 * worker completes a course, so that the suspensions it lifts end at once. The worker side publishes
 * {@link org.shangmen.worker.api.event.WorkerSuspensionLifted}.
 */
public interface RetrainingSuspensions {

    /**
     * Suspends the worker from taking orders until they pass {@code courseId} ({@code courseTitle} shown to them);
     * with {@code suspendedUntil}, the suspension also ends then. Publishes
     * {@link org.shangmen.worker.api.event.WorkerPenalized} like any suspension.
     */
    WorkerAdministration.PenaltyView suspendUntilPassed(UUID workerId, String reason, String evidence, Optional<Instant> suspendedUntil,
                                                        UUID courseId, String courseTitle, UUID operatorId);

    /**
     * The worker passed the course: every suspension it lifts ends now, and the worker is active again unless
     * another suspension still holds. Returns the penalties lifted; none (and nothing published) when the
     * course lifts nothing. Idempotent.
     */
    List<UUID> coursePassed(UUID workerId, UUID courseId);

    /** The suspensions still waiting for a course to be passed, for the worker's own views. */
    List<Pending> pending(UUID workerId);

    record Pending(UUID penaltyId, UUID courseId, String courseTitle, Optional<Instant> suspendedUntil) {
    }
}
