package org.shangmen.booking.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.event.QuoteMade;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/**
 * Every order with the steps of its life and its review, page by page, for a reader that rebuilds its own view
 * of orders (the analytical store). The figures are the ones the order's events carried.
 */
public interface OrderHistory {

    /** All orders, oldest start first; pages of at most {@link PageRequest#MAX_SIZE}. */
    Page<OrderRecord> orders(PageRequest page);

    /** Every quote made, as {@link QuoteMade} told it, oldest first; pages of at most {@link PageRequest#MAX_SIZE}. */
    Page<QuoteMade> quotes(PageRequest page);

    /**
     * @param totalFen    the order's total after discounts, without add-ons
     * @param steps       each status the order entered: AWAITING_ACCEPTANCE (submitted), AWAITING_PAYMENT (accepted),
     *                    PAID, IN_SERVICE (checked in), COMPLETED, CANCELLED; with who moved it and why
     */
    record OrderRecord(UUID orderId, UUID customerId, Optional<UUID> workerId, String districtCode, List<String> itemCodes,
                       Instant startsAt, long totalFen, long discountFen, long addOnsFen, long paidFen, List<Step> steps,
                       Optional<ReviewRecord> review) {
        public OrderRecord {
            itemCodes = List.copyOf(itemCodes);
            steps = List.copyOf(steps);
        }
    }

    record Step(String status, String actorKind, String reason, Instant at) {
    }

    record ReviewRecord(int attitude, int skill, int efficiency, int punctuality, int overall, String text, boolean hidden,
                        Instant createdAt, Instant updatedAt) {
    }
}
