package org.shangmen.billing.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A promotion the platform pays for. {@code COUPON}s are claimed by customers (at most
 * {@code perCustomerLimit} each, {@code quantity} in all) and used once each; {@code FIRST_ORDER} applies
 * by itself to a customer's first order; {@code ITEM} applies by itself to the named items (all items when
 * none are named) up to {@code perCustomerLimit} orders per customer. Each applies only within its region
 * (a district, or a city code ending in 00 for its districts; everywhere when empty) and between
 * {@code startsAt} (inclusive) and {@code endsAt} (exclusive); {@code budgetFen} bounds what all its
 * discounts may cost (unbounded when empty), {@code spentFen} is what orders reserved so far.
 *
 * @param couponValidDays how long a claimed coupon stays usable (until {@code endsAt} when empty)
 */
public record Promotion(UUID id, Kind kind, String name, DiscountRule rule, Set<String> itemCodes, Optional<String> regionCode,
                        Instant startsAt, Instant endsAt, int perCustomerLimit, Optional<Long> budgetFen, long spentFen,
                        Optional<Integer> quantity, int issued, Optional<Integer> couponValidDays, Status status, Instant createdAt) {

    public enum Kind { COUPON, FIRST_ORDER, ITEM }

    public enum Status { ACTIVE, PAUSED }

    public static final int MAX_NAME = 40;

    public Promotion {
        itemCodes = Set.copyOf(itemCodes);
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("a name of 1.." + MAX_NAME + " characters");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new IllegalArgumentException("a promotion ends after it starts");
        }
        if (perCustomerLimit < 1) {
            throw new IllegalArgumentException("at least one use per customer");
        }
        if (budgetFen.map(b -> b <= 0 || spentFen > b).orElse(false) || spentFen < 0) {
            throw new IllegalArgumentException("a positive budget, never overspent");
        }
        if (quantity.map(q -> q < 1 || issued > q).orElse(false) || issued < 0) {
            throw new IllegalArgumentException("a positive quantity, never over-issued");
        }
        if (kind != Kind.COUPON && (quantity.isPresent() || couponValidDays.isPresent())) {
            throw new IllegalArgumentException("only coupons have a quantity and a validity after claiming");
        }
        if (couponValidDays.map(d -> d < 1).orElse(false)) {
            throw new IllegalArgumentException("a coupon stays valid at least a day");
        }
        if (kind == Kind.FIRST_ORDER && perCustomerLimit != 1) {
            throw new IllegalArgumentException("a first order happens once");
        }
    }

    public boolean runningAt(Instant at) {
        return status == Status.ACTIVE && !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    public boolean coversDistrict(String district) {
        return regionCode.map(r -> r.equals(district) || (r.endsWith("00") && district.startsWith(r.substring(0, 4)))).orElse(true);
    }

    public boolean coversItem(String itemCode) {
        return itemCodes.isEmpty() || itemCodes.contains(itemCode);
    }

    /** Whether the budget still holds {@code amountFen} more. */
    public boolean affords(long amountFen) {
        return budgetFen.map(b -> spentFen + amountFen <= b).orElse(true);
    }
}
