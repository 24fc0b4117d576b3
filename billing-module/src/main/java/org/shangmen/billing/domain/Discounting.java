package org.shangmen.billing.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Money;

/**
 * The discounts of a basket. At most one automatic promotion applies (the one taking off most: an item
 * promotion, or the first-order discount), and then at most one coupon of the customer's choosing, on
 * what is left. Each promotion counts only the lines it covers; a coupon's threshold is checked against
 * its covered lines after the automatic discount. Together they never exceed the basket.
 */
public final class Discounting {

    private Discounting() {
    }

    public record Line(String itemCode, long amountFen) {
    }

    /**
     * @param firstOrder the customer has no order yet other than cancelled ones
     * @param uses       the customer's current (reserved or settled) uses of each promotion
     */
    public record Context(Optional<UUID> customerId, String district, Instant at, boolean firstOrder, Map<UUID, Integer> uses) {
        public Context {
            uses = Map.copyOf(uses);
        }
    }

    /** One promotion applied, with the coupon it came through, if any. */
    public record Applied(Promotion promotion, Optional<Coupon> coupon, long amountFen) {
        public String kind() {
            return coupon.isPresent() ? "COUPON" : promotion.kind() == Promotion.Kind.FIRST_ORDER ? "FIRST_ORDER" : "PROMOTION";
        }
    }

    /** A coupon and the promotion it was claimed from. */
    public record Chosen(Coupon coupon, Promotion promotion) {
    }

    public static List<Applied> apply(List<Line> lines, List<Promotion> promotions, Context context, Optional<Chosen> coupon) {
        long subtotal = lines.stream().mapToLong(Line::amountFen).sum();
        Optional<Applied> automatic = bestAutomatic(lines, promotions, context);
        long left = subtotal - automatic.map(Applied::amountFen).orElse(0L);
        Optional<Applied> byCoupon = coupon.map(c -> withCoupon(lines, left, c, context));
        return java.util.stream.Stream.concat(automatic.stream(), byCoupon.stream()).filter(a -> a.amountFen() > 0).toList();
    }

    static Optional<Applied> bestAutomatic(List<Line> lines, List<Promotion> promotions, Context context) {
        return promotions.stream()
                .filter(p -> p.kind() == Promotion.Kind.ITEM || p.kind() == Promotion.Kind.FIRST_ORDER && context.firstOrder()
                        && context.customerId().isPresent())
                .filter(p -> p.runningAt(context.at()) && p.coversDistrict(context.district()))
                .filter(p -> context.uses().getOrDefault(p.id(), 0) < p.perCustomerLimit())
                .map(p -> new Applied(p, Optional.empty(), p.rule().discountOn(covered(lines, p))))
                .filter(a -> a.amountFen() > 0 && a.promotion().affords(a.amountFen()))
                .max(Comparator.comparingLong(Applied::amountFen)
                        .thenComparing(a -> a.promotion().startsAt(), Comparator.reverseOrder())
                        .thenComparing(a -> a.promotion().id(), Comparator.reverseOrder()));
    }

    private static Applied withCoupon(List<Line> lines, long left, Chosen chosen, Context context) {
        Coupon coupon = chosen.coupon();
        Promotion p = chosen.promotion();
        if (coupon.status() == Coupon.Status.USED) {
            throw DomainException.conflict("billing.coupon-used");
        }
        if (!context.at().isBefore(coupon.validUntil()) || context.at().isBefore(p.startsAt())) {
            throw DomainException.rejected("billing.coupon-expired");
        }
        if (p.status() != Promotion.Status.ACTIVE) {
            throw DomainException.rejected("billing.coupon-paused");
        }
        if (!p.coversDistrict(context.district())) {
            throw DomainException.rejected("billing.coupon-region");
        }
        long eligible = Math.min(covered(lines, p), left);
        if (covered(lines, p) == 0) {
            throw DomainException.rejected("billing.coupon-items");
        }
        if (!p.rule().meetsThreshold(eligible)) {
            throw DomainException.rejected("billing.coupon-threshold", Money.ofFen(p.rule().thresholdFen()), Money.ofFen(eligible));
        }
        long off = p.rule().discountOn(eligible);
        if (!p.affords(off)) {
            throw DomainException.conflict("billing.promotion-budget-spent", p.name());
        }
        return new Applied(p, Optional.of(coupon), off);
    }

    private static long covered(List<Line> lines, Promotion p) {
        return lines.stream().filter(l -> p.coversItem(l.itemCode())).mapToLong(Line::amountFen).sum();
    }
}
