package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The worker checked out: the service is complete. {@code totalFen} is what the customer owes in all:
 * the order's total after its discounts plus the approved add-ons ({@code addOnsFen}); {@code discountFen}
 * is what promotions and coupons took off, which the platform bears.
 */
public record OrderCompleted(UUID orderId, UUID customerId, UUID workerId, long totalFen, long addOnsFen, long discountFen,
                             List<String> itemCodes, String districtCode, Instant at) {

    public OrderCompleted {
        itemCodes = List.copyOf(itemCodes);
    }
}
