package org.shangmen.complaint.application.port.in;

import java.util.UUID;
import org.shangmen.complaint.domain.Complaint;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** The worker's side: resolved complaints against them, and their statement on one (A2.1). */
public interface WorkerComplaints {

    Page<Complaint> resolvedAgainst(UUID workerId, PageRequest page);

    /** {@code complaint.not-found} unless the complaint is against the worker and resolved. */
    ComplaintDetail view(UUID workerId, UUID complaintId);

    ComplaintDetail statement(UUID workerId, UUID complaintId, String text);
}
