package org.shangmen.worker.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.worker.api.RetrainingSuspensions;
import org.shangmen.worker.api.WorkerAdministration.PenaltyView;
import org.shangmen.worker.api.event.WorkerPenalized;
import org.shangmen.worker.api.event.WorkerSuspensionLifted;
import org.shangmen.worker.application.port.out.PenaltyStore;
import org.shangmen.worker.application.port.out.WorkerStore;
import org.shangmen.worker.domain.Penalty;
import org.shangmen.worker.domain.RetrainingCondition;
import org.shangmen.worker.domain.Standing;
import org.shangmen.worker.domain.Worker;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * A2.1 W4.2: a worker suspended for quality is reinstated by passing a named course. The suspension is a
 * penalty like any other (appealable, in the worker's record) with the course as its way back; passing the
 * course lifts it at once, and the worker takes orders again unless another suspension still holds.
 */
public class RetrainingSuspensionService implements RetrainingSuspensions {

    private final WorkerStore workers;
    private final PenaltyStore penalties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RetrainingSuspensionService(WorkerStore workers, PenaltyStore penalties, ApplicationEventPublisher events, Clock clock) {
        this.workers = workers;
        this.penalties = penalties;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public PenaltyView suspendUntilPassed(UUID workerId, String reason, String evidence, Optional<Instant> suspendedUntil, UUID courseId,
                                          String courseTitle, UUID operatorId) {
        if (courseId == null || courseTitle == null || courseTitle.isBlank()) {
            throw DomainException.invalid("worker.retraining-course-required");
        }
        Worker worker = workers.findForUpdate(workerId).orElseThrow(() -> DomainException.notFound("worker.not-found"));
        org.shangmen.kernel.AuditedChange.before("standing=" + worker.standing() + " suspendedUntil="
                + worker.suspendedUntil().map(Instant::toString).orElse("-") + " workState=" + worker.workState());
        Instant now = clock.instant();
        Penalty penalty = Penalty.suspendUntilRetrained(Ids.newId(clock), workerId, reason, evidence, suspendedUntil, operatorId, now);
        workers.update(worker.suspendUntilRetrained(penalty.suspendedUntil()));
        penalties.insert(penalty);
        String title = courseTitle.strip();
        penalties.addRetraining(new RetrainingCondition(penalty.id(), workerId, courseId, title.length() > 120 ? title.substring(0, 120) : title,
                Optional.empty()));
        events.publishEvent(new WorkerPenalized(penalty.id(), workerId, penalty.kind().name(), penalty.suspendedUntil(), now));
        return WorkerReviewService.penaltyView(penalty);
    }

    @Override
    @Transactional
    public List<UUID> coursePassed(UUID workerId, UUID courseId) {
        List<RetrainingCondition> lifting = penalties.retraining(workerId).stream()
                .filter(c -> c.open() && c.courseId().equals(courseId)).toList();
        if (lifting.isEmpty()) {
            return List.of();
        }
        Worker worker = workers.findForUpdate(workerId).orElseThrow(() -> DomainException.notFound("worker.not-found"));
        Instant now = clock.instant();
        List<UUID> lifted = lifting.stream().map(RetrainingCondition::penaltyId).filter(id -> penalties.liftRetraining(id, now)).toList();
        if (lifted.isEmpty()) {
            return List.of();
        }
        List<Penalty> holding = stillHolding(workerId, now);
        Worker after = worker;
        if (worker.standing() == Standing.SUSPENDED) {
            if (holding.isEmpty()) {
                after = worker.reinstateAfterRetraining();
            } else if (holding.stream().allMatch(p -> p.suspendedUntil().isPresent())) {
                after = worker.suspend(holding.stream().map(p -> p.suspendedUntil().orElseThrow()).max(Instant::compareTo).orElseThrow());
            }
        }
        workers.update(after);
        boolean reinstated = after.standing() == Standing.ACTIVE;
        events.publishEvent(new WorkerSuspensionLifted(workerId, lifted, courseId, lifting.getFirst().courseTitle(), reinstated, now));
        return lifted;
    }

    /** Suspensions not overturned that still bind: a course not passed yet (without an end reached), or an end still ahead. */
    private List<Penalty> stillHolding(UUID workerId, Instant now) {
        Set<UUID> waitingForCourse = penalties.retraining(workerId).stream().filter(RetrainingCondition::open)
                .map(RetrainingCondition::penaltyId).collect(Collectors.toSet());
        Set<UUID> lifted = penalties.retraining(workerId).stream().filter(c -> !c.open())
                .map(RetrainingCondition::penaltyId).collect(Collectors.toSet());
        return penalties.ofWorker(workerId).stream()
                .filter(p -> p.kind() == Penalty.Kind.SUSPENSION && !lifted.contains(p.id()))
                .filter(p -> p.appealOutcome().filter(o -> o == Penalty.AppealOutcome.OVERTURNED).isEmpty())
                .filter(p -> p.suspendedUntil().map(until -> until.isAfter(now)).orElse(waitingForCourse.contains(p.id())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Pending> pending(UUID workerId) {
        Instant now = clock.instant();
        List<Penalty> holding = stillHolding(workerId, now);
        Set<UUID> holdingIds = holding.stream().map(Penalty::id).collect(Collectors.toSet());
        return penalties.retraining(workerId).stream().filter(c -> c.open() && holdingIds.contains(c.penaltyId()))
                .map(c -> new Pending(c.penaltyId(), c.courseId(), c.courseTitle(),
                        holding.stream().filter(p -> p.id().equals(c.penaltyId())).findFirst().flatMap(Penalty::suspendedUntil)))
                .toList();
    }
}
