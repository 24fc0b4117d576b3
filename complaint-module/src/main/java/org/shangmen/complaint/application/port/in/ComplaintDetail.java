package org.shangmen.complaint.application.port.in;

import java.util.List;
import java.util.UUID;
import org.shangmen.complaint.domain.Complaint;
import org.shangmen.complaint.domain.ComplaintStep;

/** A complaint with the steps the reader may see and the ids of its photos. */
public record ComplaintDetail(Complaint complaint, List<ComplaintStep> steps, List<UUID> photoIds) {

    public ComplaintDetail {
        steps = List.copyOf(steps);
        photoIds = List.copyOf(photoIds);
    }
}
