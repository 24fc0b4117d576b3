package org.shangmen.complaint.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.api.BillingAdministration;
import org.shangmen.billing.api.BillingAdministration.PaymentLine;
import org.shangmen.complaint.api.event.ComplaintResolved;
import org.shangmen.complaint.application.port.in.ComplaintDetail;
import org.shangmen.complaint.application.port.in.ResolveComplaint;
import org.shangmen.complaint.application.port.out.ComplaintStore;
import org.shangmen.complaint.application.port.out.RetrainingRequests;
import org.shangmen.complaint.domain.Complaint;
import org.shangmen.complaint.domain.ComplaintOutcome;
import org.shangmen.complaint.domain.ComplaintStep;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.worker.api.WorkerAdministration;
import org.shangmen.worker.api.WorkerComplaintRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A2.1 resolving a complaint. A refund goes through billing, which sends it to the payment's channel
 * outside any transaction of ours; its request key is derived from the complaint and the payment, so a
 * second attempt answers the first refund and a complaint never refunds twice. Retraining is idempotent
 * per complaint too. The penalty, the worker's complaint count, the resolution and its event are then
 * written in one transaction.
 */
public class ResolveComplaintService implements ResolveComplaint {

    private final ComplaintStore complaints;
    private final BillingAdministration billing;
    private final WorkerAdministration workers;
    private final WorkerComplaintRecord workerComplaints;
    private final RetrainingRequests retraining;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    public ResolveComplaintService(ComplaintStore complaints, BillingAdministration billing, WorkerAdministration workers,
                                   WorkerComplaintRecord workerComplaints, RetrainingRequests retraining,
                                   ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.complaints = complaints;
        this.billing = billing;
        this.workers = workers;
        this.workerComplaints = workerComplaints;
        this.retraining = retraining;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public ComplaintDetail resolve(ResolveCommand c) {
        Complaint complaint = open(c.complaintId());
        ComplaintOutcome outcome = c.outcome();
        if ((outcome == ComplaintOutcome.WORKER_PENALTY || outcome == ComplaintOutcome.RETRAINING) && complaint.workerId().isEmpty()) {
            throw DomainException.rejected("complaint.no-worker");
        }
        if (outcome == ComplaintOutcome.RETRAINING || outcome == ComplaintOutcome.WORKER_PENALTY && c.courseId().isPresent()) {
            retraining.ensureCourse(c.courseId().orElseThrow());
        }
        long refunded = outcome.refunds() ? refund(complaint, c) : 0;
        if (outcome == ComplaintOutcome.RETRAINING) {
            retraining.require(complaint.workerId().orElseThrow(), c.courseId().orElseThrow(), c.note(), complaint.id());
        }
        return tx.execute(s -> settle(c, refunded));
    }

    private ComplaintDetail settle(ResolveCommand c, long refunded) {
        Complaint complaint = open(c.complaintId());
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Optional<UUID> penalty = Optional.empty();
        if (c.outcome() == ComplaintOutcome.WORKER_PENALTY) {
            WorkerAdministration.PenaltyKind kind = WorkerAdministration.PenaltyKind.valueOf(c.penaltyKind().orElseThrow());
            Optional<Instant> until = kind == WorkerAdministration.PenaltyKind.SUSPENSION
                    ? Optional.of(now.plus(Duration.ofDays(c.suspensionDays().orElseThrow()))) : Optional.empty();
            if (kind == WorkerAdministration.PenaltyKind.SUSPENSION && c.courseId().isPresent()) {
                // W4.2: suspended until the worker passes the named course, the days given being the longest it lasts
                penalty = Optional.of(retraining.suspendUntilPassed(complaint.workerId().orElseThrow(), c.courseId().get(), c.note(),
                        evidence(complaint), until.orElseThrow(), c.operatorId()));
            } else {
                penalty = Optional.of(workers.impose(complaint.workerId().orElseThrow(), kind, c.note(), evidence(complaint), until,
                        c.operatorId()).id());
            }
        }
        Complaint resolved = complaint.resolve(c.outcome(), c.note(), refunded, penalty, c.operatorId(), now);
        if (!complaints.update(resolved)) {
            throw DomainException.conflict("complaint.changed");
        }
        if (c.outcome().workerAtFault()) {
            resolved.workerId().ifPresent(workerComplaints::complaintUpheld);
        }
        complaints.addStep(new ComplaintStep(Ids.newId(clock), resolved.id(), ComplaintStep.Kind.RESOLVED, ComplaintStep.Actor.OPERATOR,
                Optional.of(c.operatorId()), Optional.of(c.outcome().label()), now));
        events.publishEvent(new ComplaintResolved(resolved.id(), resolved.orderId(), resolved.customerId(),
                resolved.workerId().orElse(null), c.outcome().name(), c.outcome().workerAtFault() && resolved.workerId().isPresent(),
                refunded, resolved.filedAt(), resolved.firstAnsweredAt().orElse(now), now));
        return new ComplaintDetail(resolved, complaints.steps(resolved.id()), complaints.photoIds(resolved.id()));
    }

    /** What the penalty records as its evidence: the complaint, by id, with its category. */
    static String evidence(Complaint complaint) {
        return "投诉 complaint:" + complaint.id() + " (" + complaint.category().label() + ")";
    }

    /**
     * Refunds the order's succeeded payments, newest first, up to the amount (all that remains refundable
     * for a full refund). Never more than was paid and not refunded yet.
     */
    private long refund(Complaint complaint, ResolveCommand c) {
        List<PaymentLine> paid = billing.orderPayments(complaint.orderId()).stream().filter(p -> "SUCCEEDED".equals(p.status()))
                .sorted(Comparator.comparing(PaymentLine::createdAt).reversed()).toList();
        long refundable = paid.stream().mapToLong(p -> p.amountFen() - p.refundedFen()).sum();
        if (refundable <= 0) {
            throw DomainException.rejected("complaint.nothing-to-refund");
        }
        long wanted = c.outcome() == ComplaintOutcome.FULL_REFUND ? refundable : c.refundFen().orElseThrow();
        if (wanted > refundable) {
            throw DomainException.rejected("complaint.refund-exceeds-payment", refundable);
        }
        long left = wanted;
        long done = 0;
        for (PaymentLine p : paid) {
            long available = p.amountFen() - p.refundedFen();
            long amount = Math.min(left, available);
            if (amount <= 0) {
                continue;
            }
            done += billing.refund(p.paymentId(), amount, "投诉退款 " + complaint.id(), requestKey(complaint.id(), p.paymentId()),
                    c.operatorId()).amountFen();
            left -= amount;
            if (left <= 0) {
                break;
            }
        }
        return done;
    }

    /** One key per complaint and payment, within billing's 64 characters. */
    static String requestKey(UUID complaintId, UUID paymentId) {
        return "C" + complaintId.toString().replace("-", "") + "-" + paymentId.toString().replace("-", "").substring(0, 16);
    }

    private Complaint open(UUID complaintId) {
        Complaint complaint = complaints.find(complaintId).orElseThrow(() -> DomainException.notFound("complaint.not-found"));
        if (!complaint.isOpen()) {
            throw DomainException.conflict("complaint.already-resolved");
        }
        return complaint;
    }
}
