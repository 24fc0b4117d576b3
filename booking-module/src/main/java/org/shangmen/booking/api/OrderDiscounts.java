package org.shangmen.booking.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Discounts on a basket: coupons, first-order discounts and item promotions. Booking declares what it
 * needs; the module that runs promotions (billing) provides it. Booking previews the discounts with
 * every quote and redeems them in the transaction that stores the order, so a coupon is used, and a
 * promotion's budget spent, only by an order that exists. Without a provider a basket has no discount.
 */
public interface OrderDiscounts {

    /** No promotions: every basket at its full price. */
    OrderDiscounts NONE = new OrderDiscounts() {
        @Override
        public Discounted preview(Basket basket) {
            basket.couponId().ifPresent(c -> {
                throw org.shangmen.kernel.DomainException.notFound("booking.coupon-not-found");
            });
            return Discounted.NOTHING;
        }

        @Override
        public Discounted redeem(UUID orderId, Basket basket) {
            return preview(basket);
        }
    };

    /** The discounts the basket would get now; nothing is reserved. A chosen coupon that does not apply is refused. */
    Discounted preview(Basket basket);

    /**
     * Reserves the discounts for the order in the caller's transaction: the coupon becomes used and each
     * promotion's budget is charged. Refused (nothing reserved) when the coupon or a promotion's budget or
     * per-customer limit is gone since the quote.
     */
    Discounted redeem(UUID orderId, Basket basket);

    /**
     * @param customerId  empty for an anonymous quote: then only promotions open to everyone apply
     * @param firstOrder  the customer has no order yet other than cancelled ones
     */
    record Basket(Optional<UUID> customerId, String districtCode, Instant at, List<Line> lines, Optional<UUID> couponId,
                  boolean firstOrder) {
        public Basket {
            lines = List.copyOf(lines);
        }
    }

    /** One line of the basket: the item and its total in fen. */
    record Line(String itemCode, long amountFen) {
    }

    /**
     * One discount as the customer sees it.
     *
     * @param kind     {@code PROMOTION}, {@code FIRST_ORDER} or {@code COUPON}
     * @param sourceId the promotion or the customer's coupon
     */
    record Discount(String kind, UUID sourceId, String label, long amountFen) {
        public Discount {
            if (amountFen <= 0) {
                throw new IllegalArgumentException("a discount takes something off");
            }
        }
    }

    record Discounted(List<Discount> discounts) {
        public static final Discounted NOTHING = new Discounted(List.of());

        public Discounted {
            discounts = List.copyOf(discounts);
        }

        public long totalFen() {
            return discounts.stream().mapToLong(Discount::amountFen).sum();
        }
    }
}
