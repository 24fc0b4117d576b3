package org.shangmen.complaint.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.complaint.api.OpenComplaintCheck;
import org.shangmen.complaint.application.port.in.ComplaintDetail;
import org.shangmen.complaint.application.port.in.HandleComplaints;
import org.shangmen.complaint.application.port.out.ComplaintStore;
import org.shangmen.complaint.domain.Complaint;
import org.shangmen.complaint.domain.ComplaintStatus;
import org.shangmen.complaint.domain.ComplaintStep;
import org.shangmen.identity.api.AccountDirectory;
import org.shangmen.identity.api.Role;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** A2.1 operators' queue with deadlines, taking a complaint, answering the customer; and whether a complaint is open on an order. */
public class HandleComplaintService implements HandleComplaints, OpenComplaintCheck {

    private final ComplaintStore complaints;
    private final AccountDirectory accounts;
    private final Clock clock;

    public HandleComplaintService(ComplaintStore complaints, AccountDirectory accounts, Clock clock) {
        this.complaints = complaints;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Complaint> queue(Optional<ComplaintStatus> status, boolean overdueOnly, PageRequest page) {
        List<ComplaintStatus> statuses = status.map(List::of).orElse(List.of(ComplaintStatus.OPEN, ComplaintStatus.IN_PROGRESS));
        return complaints.queue(statuses, overdueOnly, now(), page);
    }

    @Override
    @Transactional(readOnly = true)
    public ComplaintDetail detail(UUID complaintId) {
        return detail(find(complaintId));
    }

    @Override
    @Transactional
    public ComplaintDetail assign(UUID operatorId, UUID complaintId, Optional<UUID> assigneeId) {
        UUID assignee = assigneeId.orElse(operatorId);
        if (!assignee.equals(operatorId) && accounts.find(assignee)
                .filter(a -> a.active() && a.roles().contains(Role.ADMIN)).isEmpty()) {
            throw DomainException.rejected("complaint.assignee-invalid");
        }
        Complaint assigned = find(complaintId).assign(assignee);
        save(assigned);
        complaints.addStep(new ComplaintStep(Ids.newId(clock), complaintId, ComplaintStep.Kind.ASSIGNED, ComplaintStep.Actor.OPERATOR,
                Optional.of(operatorId), Optional.of(assignee.toString()), now()));
        return detail(assigned);
    }

    @Override
    @Transactional
    public ComplaintDetail reply(UUID operatorId, UUID complaintId, String text) {
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > Complaint.MAX_NOTE) {
            throw DomainException.invalid("complaint.reply-invalid", Complaint.MAX_NOTE);
        }
        Instant now = now();
        Complaint answered = find(complaintId).answered(now);
        save(answered);
        complaints.addStep(new ComplaintStep(Ids.newId(clock), complaintId, ComplaintStep.Kind.REPLIED, ComplaintStep.Actor.OPERATOR,
                Optional.of(operatorId), Optional.of(clean), now));
        return detail(answered);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean isOpenOn(UUID orderId, UUID complaintId) {
        return orderId != null && complaintId != null
                && complaints.find(complaintId).filter(c -> c.orderId().equals(orderId) && c.isOpen()).isPresent();
    }

    private Complaint find(UUID complaintId) {
        return complaints.find(complaintId).orElseThrow(() -> DomainException.notFound("complaint.not-found"));
    }

    private void save(Complaint complaint) {
        if (!complaints.update(complaint)) {
            throw DomainException.conflict("complaint.changed");
        }
    }

    private ComplaintDetail detail(Complaint complaint) {
        return new ComplaintDetail(complaint, complaints.steps(complaint.id()), complaints.photoIds(complaint.id()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
