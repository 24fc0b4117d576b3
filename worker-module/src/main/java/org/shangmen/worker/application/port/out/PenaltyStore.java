package org.shangmen.worker.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.domain.Penalty;

public interface PenaltyStore {

    void insert(Penalty penalty);

    void update(Penalty penalty);

    Optional<Penalty> find(UUID penaltyId);

    List<Penalty> ofWorker(UUID workerId);

    /** Appeals waiting for a decision, oldest first. */
    Page<Penalty> openAppeals(PageRequest page);
}
