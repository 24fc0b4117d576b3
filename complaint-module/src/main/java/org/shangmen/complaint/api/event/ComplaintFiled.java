package org.shangmen.complaint.api.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer filed a complaint on one of their orders. {@code category} is one of SERVICE_QUALITY,
 * LATE_OR_NO_SHOW, ATTITUDE, PROPERTY_DAMAGE, SAFETY, CHARGES, OTHER; {@code workerId} is the order's
 * worker (null when none was assigned).
 */
public record ComplaintFiled(UUID complaintId, UUID orderId, UUID customerId, UUID workerId, String category,
                             List<String> itemCodes, String districtCode, Instant at) {

    public ComplaintFiled {
        itemCodes = List.copyOf(itemCodes);
    }
}
