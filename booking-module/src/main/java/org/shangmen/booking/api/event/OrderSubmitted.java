package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer submitted a request (C2.4); it awaits a worker's acceptance. {@code itemCodes} are the basket's
 * items, {@code totalFen} what the order costs after {@code discountFen} of promotions and coupons.
 */
public record OrderSubmitted(UUID orderId, UUID customerId, String districtCode, Instant startsAt, Instant endsAt,
                             Optional<UUID> preferredWorkerId, List<String> itemCodes, long totalFen, long discountFen, Instant at) {
    public OrderSubmitted {
        itemCodes = List.copyOf(itemCodes);
    }
}
