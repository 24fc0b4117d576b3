package org.shangmen.complaint.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.complaint.application.port.in.ComplaintDetail;
import org.shangmen.complaint.application.port.in.WorkerComplaints;
import org.shangmen.complaint.application.port.out.ComplaintStore;
import org.shangmen.complaint.domain.Complaint;
import org.shangmen.complaint.domain.ComplaintStep;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** A2.1 the worker sees complaints against them once resolved, and may add a statement once. */
public class WorkerComplaintService implements WorkerComplaints {

    private final ComplaintStore complaints;
    private final Clock clock;

    public WorkerComplaintService(ComplaintStore complaints, Clock clock) {
        this.complaints = complaints;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Complaint> resolvedAgainst(UUID workerId, PageRequest page) {
        return complaints.resolvedOfWorker(workerId, page);
    }

    @Override
    @Transactional(readOnly = true)
    public ComplaintDetail view(UUID workerId, UUID complaintId) {
        return detail(against(workerId, complaintId));
    }

    @Override
    @Transactional
    public ComplaintDetail statement(UUID workerId, UUID complaintId, String text) {
        Complaint stated = against(workerId, complaintId).statement(text, clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (!complaints.update(stated)) {
            throw DomainException.conflict("complaint.changed");
        }
        complaints.addStep(new ComplaintStep(Ids.newId(clock), complaintId, ComplaintStep.Kind.STATEMENT, ComplaintStep.Actor.WORKER,
                Optional.of(workerId), Optional.empty(), stated.statementAt().orElseThrow()));
        return detail(stated);
    }

    /** Only the worker's own, and only once resolved: before that, as if it did not exist. */
    private Complaint against(UUID workerId, UUID complaintId) {
        return complaints.find(complaintId).filter(c -> c.workerId().equals(Optional.of(workerId)) && !c.isOpen())
                .orElseThrow(() -> DomainException.notFound("complaint.not-found"));
    }

    private ComplaintDetail detail(Complaint complaint) {
        return new ComplaintDetail(complaint, complaints.steps(complaint.id()).stream()
                .filter(s -> s.kind() == ComplaintStep.Kind.FILED || s.kind() == ComplaintStep.Kind.RESOLVED
                        || s.kind() == ComplaintStep.Kind.STATEMENT).toList(), complaints.photoIds(complaint.id()));
    }
}
