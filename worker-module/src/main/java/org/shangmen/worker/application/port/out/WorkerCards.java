package org.shangmen.worker.application.port.out;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.worker.api.WorkerDirectory.WorkerCard;

/** Bulk reads of workers' public working facts. */
public interface WorkerCards {

    Map<UUID, StoredCard> cards(Collection<UUID> workerIds);

    /** A worker's card as stored, with the storage key of the worker's photo when there is one. */
    record StoredCard(WorkerCard card, Optional<String> photoKey) {
    }

    void rate(UUID workerId, int ratingTenths, int ratingCount);

    /** Counts the order among the worker's completed ones unless it is counted already; false when it was. */
    boolean countCompleted(UUID workerId, UUID orderId, java.time.Instant completedAt);

    /** Adds one upheld complaint to the worker's count (A2.1). */
    void countComplaint(UUID workerId);

    /** The worker's upheld complaints and completed orders. */
    org.shangmen.worker.api.WorkerComplaintRecord.Standing standing(UUID workerId);
}
