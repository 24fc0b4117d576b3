package org.shangmen.booking.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.shangmen.booking.api.OrderDiscounts;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.RegionCode;

/**
 * A priced basket (C2.2, C4.1): its lines, subtotal = Σ line totals, the discounts (promotions and a
 * coupon, together never more than the subtotal), total = subtotal − discount, and the estimated
 * time: the lines one after another by one worker. {@code visitMinutes} is the first visit's length,
 * what a free slot must hold (a PER_DAY line counts one day).
 */
public record Quote(RegionCode district, Instant start, List<QuotedItem> lines, long subtotalFen, long discountFen,
                    long totalFen, int estimatedMinutes, int visitMinutes, List<OrderDiscounts.Discount> discounts) {

    public static final int MAX_LINES = 5;

    public Quote {
        lines = List.copyOf(lines);
        discounts = List.copyOf(discounts);
        if (discounts.stream().mapToLong(OrderDiscounts.Discount::amountFen).sum() != discountFen) {
            throw new IllegalArgumentException("the discount is the sum of the discounts");
        }
        if (discountFen < 0 || discountFen > subtotalFen || totalFen != subtotalFen - discountFen) {
            throw new IllegalArgumentException("a discount lies within the subtotal");
        }
    }

    /** The basket at its full price. */
    public static Quote of(RegionCode district, Instant start, List<Pricing.Line> priced) {
        if (priced.isEmpty()) {
            throw DomainException.invalid("booking.basket-empty");
        }
        if (priced.size() > MAX_LINES) {
            throw DomainException.invalid("booking.basket-too-large", MAX_LINES);
        }
        long subtotal = 0;
        int minutes = 0;
        int visit = 0;
        for (Pricing.Line line : priced) {
            subtotal = Math.addExact(subtotal, line.quoted().lineTotalFen());
            minutes = Math.addExact(minutes, line.quoted().minutes());
            visit = Math.addExact(visit, line.visitMinutes());
        }
        return new Quote(district, start, priced.stream().map(Pricing.Line::quoted).toList(), subtotal, 0, subtotal, minutes, visit,
                List.of());
    }

    /** The same basket with these discounts instead of any earlier ones; refused when they exceed the subtotal. */
    public Quote withDiscounts(OrderDiscounts.Discounted discounted) {
        long discount = discounted.totalFen();
        return new Quote(district, start, lines, subtotalFen, discount, subtotalFen - discount, estimatedMinutes, visitMinutes,
                discounted.discounts());
    }

    /** The basket as the promotions see it: each line's item and total. */
    public List<OrderDiscounts.Line> discountLines() {
        return lines.stream().map(l -> new OrderDiscounts.Line(l.itemCode(), l.lineTotalFen())).toList();
    }

    public Instant estimatedEnd() {
        return start.plus(Duration.ofMinutes(estimatedMinutes));
    }
}
