package org.shangmen.billing.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.domain.Coupon;
import org.shangmen.billing.domain.Promotion;
import org.shangmen.billing.domain.Redemption;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** Promotions, the coupons customers claimed, and each promotion's use by orders. */
public interface PromotionStore {

    /** A unique number (claim or use) was taken by a request running at the same time. */
    final class NumberTaken extends RuntimeException {
        public NumberTaken() {
            super(null, null, false, false);
        }
    }

    void insert(Promotion promotion, UUID createdBy);

    Optional<Promotion> find(UUID id);

    /** Active promotions in force at the instant, of the given kinds. */
    List<Promotion> running(Instant at, List<Promotion.Kind> kinds);

    Page<Promotion> list(PageRequest page);

    boolean setStatus(UUID id, Promotion.Status status);

    /** Adds to what the promotion spent if it is active and its budget holds the amount; false otherwise. */
    boolean charge(UUID promotionId, long amountFen);

    /** Gives back what a released use had spent. */
    void uncharge(UUID promotionId, long amountFen);

    /** Counts one more coupon issued if the quantity allows; false when all are gone. */
    boolean issue(UUID promotionId);

    /** @throws NumberTaken when the claim number is taken */
    void insertCoupon(Coupon coupon, int claimNumber);

    List<Integer> claimNumbers(UUID promotionId, UUID customerId);

    Optional<Coupon> coupon(UUID couponId);

    /** The customer's coupons, newest first, with their promotions; AVAILABLE, USED or EXPIRED (at {@code now}), or all. */
    Page<Map.Entry<Coupon, Promotion>> couponsOf(UUID customerId, Optional<String> state, Instant now, PageRequest page);

    /** Marks an available coupon used by the order; false when it was used already. */
    boolean useCoupon(UUID couponId, UUID orderId, Instant at);

    /** Makes a coupon used by the order available again. */
    void returnCoupon(UUID couponId, UUID orderId);

    /** The numbers of the customer's current uses (reserved or settled) of each automatic promotion. */
    Map<UUID, List<Integer>> useNumbers(UUID customerId);

    /**
     * @param useNumber the customer's use of an automatic promotion; empty for a coupon's, which the coupon bounds
     * @throws NumberTaken when the use number is taken
     */
    void insertRedemption(Redemption redemption, Optional<Integer> useNumber, String districtCode);

    List<Redemption> redemptionsOf(UUID orderId);

    /** RESERVED → RELEASED; false when it was not reserved. */
    boolean release(UUID redemptionId, Instant at);

    /** RESERVED → SETTLED; false when it was not reserved. */
    boolean settle(UUID redemptionId, Instant at);

    /** What each promotion's settled uses cost in a period (by settlement time) and region. */
    List<Cost> costs(Instant from, Instant to, Optional<String> region);

    /** Uses of one promotion by status: count and amount. */
    Map<Redemption.Status, long[]> usage(UUID promotionId);

    record Cost(UUID promotionId, String name, String kind, long uses, long amountFen) {
    }
}
