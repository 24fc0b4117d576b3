package org.shangmen.complaint.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.complaint.domain.Complaint;
import org.shangmen.complaint.domain.ComplaintStatus;
import org.shangmen.complaint.domain.ComplaintStep;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** Complaints, their recorded steps and their photos. */
public interface ComplaintStore {

    void insert(Complaint complaint);

    /** Stores the complaint if nobody changed it since {@code complaint.version() - 1}; false otherwise. */
    boolean update(Complaint complaint);

    Optional<Complaint> find(UUID id);

    /** The order's complaint that is not resolved yet, if any. */
    Optional<Complaint> openOn(UUID orderId);

    /**
     * Operators' queue: the given statuses, only those unanswered past their deadline at {@code now} when
     * {@code overdueOnly}; the earliest deadline first.
     */
    Page<Complaint> queue(List<ComplaintStatus> statuses, boolean overdueOnly, Instant now, PageRequest page);

    Page<Complaint> ofCustomer(UUID customerId, PageRequest page);

    /** Every complaint, oldest filing first. */
    Page<Complaint> all(PageRequest page);

    Page<Complaint> resolvedOfWorker(UUID workerId, PageRequest page);

    void addStep(ComplaintStep step);

    List<ComplaintStep> steps(UUID complaintId);

    /** Adds a photo as the complaint's {@code position}-th; false when that position is already taken. */
    boolean addPhoto(UUID photoId, UUID complaintId, int position, String contentType, byte[] content, Instant at);

    List<UUID> photoIds(UUID complaintId);

    Optional<Photo> photo(UUID photoId);

    record Photo(UUID id, UUID complaintId, String contentType, byte[] content) {
    }
}
