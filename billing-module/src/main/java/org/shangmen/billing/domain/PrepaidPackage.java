package org.shangmen.billing.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A prepaid package of a recurring plan (周期服务套餐): {@code visits} visits of the series bought at once.
 * {@code priceFen} is {@link #price}; each visit paid from it consumes {@link #nextShareFen()};
 * {@code consumedFen} is what the visits paid from it hold now, {@code refundedFen} what went back to the
 * customer. What it still holds is {@code priceFen - consumedFen - refundedFen}.
 */
public record PrepaidPackage(UUID id, UUID customerId, UUID seriesId, int visits, long visitPriceFen, int discountBp, long priceFen,
                             int used, long consumedFen, long refundedFen, Status status, Optional<UUID> paymentId, String districtCode,
                             String description, Instant createdAt, Optional<Instant> paidAt, Optional<Instant> endedAt) {

    /** Where a package stands, with the label customers see; an active package with no visit left shows as {@code USED_UP}. */
    public enum Status {
        AWAITING_PAYMENT("待支付"), ACTIVE("使用中"), ENDED("已结束"), CANCELLED("已取消");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static final String USED_UP = "USED_UP";
    public static final String USED_UP_LABEL = "已用完";

    /**
     * The package's price: one visit's price times the visits, less the discount; the discount is
     * rounded down to the fen, so the customer never pays a fraction of a fen less than the offer says.
     */
    public static long price(long visitPriceFen, int visits, int discountBp) {
        long gross = Math.multiplyExact(visitPriceFen, visits);
        return gross - Math.multiplyExact(gross, discountBp) / 10_000;
    }

    /** The share of the price the next visit consumes: price / visits, the last visit taking the remainder so the shares add up to the price. */
    public long nextShareFen() {
        return used + 1 == visits ? priceFen - consumedFen - refundedFen : priceFen / visits;
    }

    public int visitsLeft() {
        return visits - used;
    }

    /** What the package still holds for the customer: neither used by visits nor refunded. */
    public long remainingFen() {
        return priceFen - consumedFen - refundedFen;
    }

    /** The status customers see: {@code USED_UP} for an active package with no visit left. */
    public String state() {
        return status == Status.ACTIVE && visitsLeft() == 0 ? USED_UP : status.name();
    }

    public String stateLabel() {
        return status == Status.ACTIVE && visitsLeft() == 0 ? USED_UP_LABEL : status.label();
    }
}
