package org.shangmen.worker.api.event;

import java.time.Instant;
import java.util.UUID;

/** An operator approved a worker's application: the worker may take orders. */
public record WorkerCertified(UUID workerId, UUID approvedBy, Instant approvedAt) {
}
