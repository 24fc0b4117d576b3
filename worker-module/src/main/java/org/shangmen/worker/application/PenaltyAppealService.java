package org.shangmen.worker.application;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.worker.api.WorkerAdministration.PenaltyView;
import org.shangmen.worker.application.port.in.AppealPenalty;
import org.shangmen.worker.application.port.out.PenaltyStore;
import org.shangmen.worker.domain.Penalty;
import org.springframework.transaction.annotation.Transactional;

/** A worker reads their penalties and appeals one (A2.1 as the worker sees it). */
public class PenaltyAppealService implements AppealPenalty {

    private final PenaltyStore penalties;
    private final Clock clock;

    public PenaltyAppealService(PenaltyStore penalties, Clock clock) {
        this.penalties = penalties;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PenaltyView> penalties(UUID workerId) {
        return penalties.ofWorker(workerId).stream().map(WorkerReviewService::penaltyView).toList();
    }

    @Override
    @Transactional
    public PenaltyView appeal(UUID workerId, UUID penaltyId, String statement) {
        Penalty penalty = penalties.find(penaltyId).filter(p -> p.workerId().equals(workerId))
                .orElseThrow(() -> DomainException.notFound("worker.penalty-not-found"));
        Penalty appealed = penalty.appeal(statement, clock.instant());
        penalties.update(appealed);
        return WorkerReviewService.penaltyView(appealed);
    }
}
