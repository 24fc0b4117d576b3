package org.shangmen.notification.adapter.out.complaint;

import java.util.UUID;
import org.shangmen.complaint.api.OpenComplaintCheck;
import org.shangmen.notification.application.port.out.OpenComplaints;
import org.springframework.stereotype.Component;

/** Open complaints as the complaint module records them: the complaint exists, is about the order, and is not resolved. */
@Component
class ComplaintModuleOpenComplaints implements OpenComplaints {

    private final OpenComplaintCheck complaints;

    ComplaintModuleOpenComplaints(OpenComplaintCheck complaints) {
        this.complaints = complaints;
    }

    @Override
    public boolean isOpen(UUID orderId, UUID complaintId) {
        return complaints.isOpenOn(orderId, complaintId);
    }
}
