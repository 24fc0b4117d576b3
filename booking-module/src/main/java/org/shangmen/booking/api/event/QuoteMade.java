package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A basket was priced for someone (C2.2): the first step of the order funnel. {@code quoteId} is new for each
 * quote; {@code customerId} is empty for a visitor who is not signed in.
 */
public record QuoteMade(UUID quoteId, Optional<UUID> customerId, String districtCode, List<String> itemCodes, long totalFen,
                        long discountFen, Instant at) {
    public QuoteMade {
        itemCodes = List.copyOf(itemCodes);
    }
}
