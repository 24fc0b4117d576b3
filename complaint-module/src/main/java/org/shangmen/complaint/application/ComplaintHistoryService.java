package org.shangmen.complaint.application;

import java.util.Optional;
import org.shangmen.complaint.api.ComplaintHistory;
import org.shangmen.complaint.application.port.out.ComplaintStore;
import org.shangmen.complaint.domain.Complaint;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** A4.1: every complaint, page by page, with what its events told, for the analytical store's rebuild. */
public class ComplaintHistoryService implements ComplaintHistory {

    private final ComplaintStore complaints;

    public ComplaintHistoryService(ComplaintStore complaints) {
        this.complaints = complaints;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<ComplaintRecord> complaints(PageRequest page) {
        return complaints.all(page).map(ComplaintHistoryService::record);
    }

    static ComplaintRecord record(Complaint c) {
        Optional<Resolution> resolution = c.outcome().flatMap(outcome -> c.resolvedAt().map(at -> new Resolution(outcome.name(),
                outcome.workerAtFault() && c.workerId().isPresent(), c.refundFen(), at)));
        return new ComplaintRecord(c.id(), c.orderId(), c.customerId(), c.workerId(), c.category().name(), c.itemCodes(), c.districtCode(),
                c.filedAt(), resolution);
    }
}
