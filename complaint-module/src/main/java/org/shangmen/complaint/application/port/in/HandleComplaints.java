package org.shangmen.complaint.application.port.in;

import java.util.Optional;
import java.util.UUID;
import org.shangmen.complaint.domain.Complaint;
import org.shangmen.complaint.domain.ComplaintStatus;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** Operators' queue of complaints with their deadlines, taking one, and answering the customer (A2.1). */
public interface HandleComplaints {

    /** Open and in-progress complaints unless a status is named; only the overdue ones when asked. */
    Page<Complaint> queue(Optional<ComplaintStatus> status, boolean overdueOnly, PageRequest page);

    ComplaintDetail detail(UUID complaintId);

    /** Gives the complaint to {@code assigneeId}, or to the acting operator when none is named. */
    ComplaintDetail assign(UUID operatorId, UUID complaintId, Optional<UUID> assigneeId);

    /** Answers the customer; the first answer meets the deadline. */
    ComplaintDetail reply(UUID operatorId, UUID complaintId, String text);
}
