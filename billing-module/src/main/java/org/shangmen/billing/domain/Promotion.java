package org.shangmen.billing.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.RegionCode;

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

    /** The most uses (or claims) per customer, items named, and days a coupon may stay valid. */
    public static final int MAX_PER_CUSTOMER = 100;
    public static final int MAX_ITEMS = 20;
    public static final int MAX_VALID_DAYS = 366;
    private static final Pattern ITEM_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    /** Every rule a promotion keeps, each refused with the code an operator sees. */
    public Promotion {
        if (itemCodes.size() > MAX_ITEMS || itemCodes.stream().anyMatch(c -> c == null || !ITEM_CODE.matcher(c).matches())) {
            throw DomainException.invalid("billing.promotion-items-invalid", String.join(", ", itemCodes.stream()
                    .filter(c -> c == null || !ITEM_CODE.matcher(c).matches()).map(String::valueOf).toList()));
        }
        itemCodes = Set.copyOf(itemCodes);
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw DomainException.invalid("billing.promotion-name-invalid", MAX_NAME);
        }
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw DomainException.invalid("billing.promotion-validity-invalid");
        }
        if (perCustomerLimit < 1 || perCustomerLimit > MAX_PER_CUSTOMER || kind == Kind.FIRST_ORDER && perCustomerLimit != 1) {
            throw DomainException.invalid("billing.promotion-limit-invalid");
        }
        if (budgetFen.map(b -> b <= 0).orElse(false)) {
            throw DomainException.invalid("billing.promotion-budget-invalid");
        }
        if (kind != Kind.COUPON && (quantity.isPresent() || couponValidDays.isPresent()) || quantity.map(q -> q < 1).orElse(false)
                || couponValidDays.map(d -> d < 1 || d > MAX_VALID_DAYS).orElse(false)) {
            throw DomainException.invalid("billing.promotion-quantity-invalid");
        }
        if (regionCode.map(r -> !RegionCode.isValid(r) || RegionCode.of(r).level() == RegionCode.Level.PROVINCE).orElse(false)) {
            throw DomainException.invalid("billing.promotion-region-invalid");
        }
        if (spentFen < 0 || budgetFen.map(b -> spentFen > b).orElse(false) || issued < 0 || quantity.map(q -> issued > q).orElse(false)) {
            throw new IllegalStateException("a promotion is never overspent or over-issued");
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
