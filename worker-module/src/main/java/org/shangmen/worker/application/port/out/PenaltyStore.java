package org.shangmen.worker.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.domain.Penalty;
import org.shangmen.worker.domain.RetrainingCondition;

public interface PenaltyStore {

    void insert(Penalty penalty);

    void update(Penalty penalty);

    Optional<Penalty> find(UUID penaltyId);

    List<Penalty> ofWorker(UUID workerId);

    /** Appeals waiting for a decision, oldest first. */
    Page<Penalty> openAppeals(PageRequest page);

    /** Names the course whose passing lifts the suspension. */
    void addRetraining(RetrainingCondition condition);

    /** Every retraining condition of the worker's suspensions, lifted or not. */
    List<RetrainingCondition> retraining(UUID workerId);

    /** Marks the condition met; false when it already was. */
    boolean liftRetraining(UUID penaltyId, java.time.Instant at);
}
