package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer opened one of their orders' detail (C4.1). A statistic, like {@link ItemViewed}: published without a
 * transaction of its own and not kept in the event publication registry.
 */
public record OrderViewed(UUID viewId, UUID orderId, UUID customerId, List<String> itemCodes, String districtCode, Instant at) {
    public OrderViewed {
        itemCodes = List.copyOf(itemCodes);
    }
}
