package org.shangmen.complaint.application.port.in;

import java.util.Optional;
import java.util.UUID;
import org.shangmen.complaint.application.port.out.ComplaintStore.Photo;
import org.shangmen.complaint.domain.Complaint;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** What a customer sees of their complaints, and rating how one was handled (A2.1). */
public interface CustomerComplaints {

    Page<Complaint> mine(UUID customerId, PageRequest page);

    /** The customer's own complaint with its progress; {@code complaint.not-found} for anybody else's. */
    ComplaintDetail view(UUID customerId, UUID complaintId);

    ComplaintDetail rate(UUID customerId, UUID complaintId, int stars, Optional<String> comment);

    /** A photo behind a signed link. */
    Photo linkedPhoto(UUID photoId);
}
