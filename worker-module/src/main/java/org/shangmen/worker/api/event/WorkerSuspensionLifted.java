package org.shangmen.worker.api.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Passing {@code courseId} lifted the worker's suspensions {@code penaltyIds}; {@code reinstated} when the worker
 * may take orders again (no other suspension holds), back to taking orders (接单中).
 */
public record WorkerSuspensionLifted(UUID workerId, List<UUID> penaltyIds, UUID courseId, String courseTitle, boolean reinstated,
                                     Instant at) {
}
