package org.shangmen.complaint.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/**
 * Every complaint as its events told it, page by page, for a reader that rebuilds its own view of complaints
 * (the analytical store). The figures are the ones {@code ComplaintFiled} and {@code ComplaintResolved} carried.
 */
public interface ComplaintHistory {

    /** All complaints, oldest filing first; pages of at most {@link PageRequest#MAX_SIZE}. */
    Page<ComplaintRecord> complaints(PageRequest page);

    /**
     * @param category   one of SERVICE_QUALITY, LATE_OR_NO_SHOW, ATTITUDE, PROPERTY_DAMAGE, SAFETY, CHARGES, OTHER
     * @param resolution present once operators resolved it
     */
    record ComplaintRecord(UUID complaintId, UUID orderId, UUID customerId, Optional<UUID> workerId, String category,
                           List<String> itemCodes, String districtCode, Instant filedAt, Optional<Resolution> resolution) {
        public ComplaintRecord {
            itemCodes = List.copyOf(itemCodes);
        }
    }

    /** As {@code ComplaintResolved} told it: the outcome, whether it holds the worker responsible, the refund (0 without). */
    record Resolution(String outcome, boolean workerAtFault, long refundFen, Instant at) {
    }
}
