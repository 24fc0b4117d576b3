package org.shangmen.worker.api.event;

import java.time.Instant;
import java.util.UUID;

/** An operator sent a worker's application back with a reason the worker sees. */
public record WorkerApplicationRejected(UUID workerId, String reason, UUID rejectedBy, Instant rejectedAt) {
}
