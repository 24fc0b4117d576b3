package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The worker checked out: the service is complete. {@code totalFen} includes the approved add-ons ({@code addOnsFen}). */
public record OrderCompleted(UUID orderId, UUID customerId, UUID workerId, long totalFen, long addOnsFen, List<String> itemCodes,
                             String districtCode, Instant at) {

    public OrderCompleted {
        itemCodes = List.copyOf(itemCodes);
    }
}
