package org.shangmen.billing.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/**
 * Operators' promotions: coupons customers claim, the first-order discount and item promotions, each
 * with its validity, region, per-customer limit and budget, and what it cost. Amounts in fen.
 */
public interface PromotionAdministration {

    PromotionLine create(NewPromotion promotion, UUID operatorId);

    Page<PromotionLine> list(PageRequest page);

    PromotionLine get(UUID promotionId);

    /** A paused promotion applies to no new order and gives out no coupon; its coupons wait until it resumes. */
    PromotionLine pause(UUID promotionId);

    PromotionLine resume(UUID promotionId);

    /**
     * Gives a coupon of a running COUPON promotion to each named customer (a goodwill gesture after a
     * complaint, say), within the quantity and each customer's limit; at most 100 at once. Each grant
     * stands on its own: one refused leaves the others given.
     */
    List<Grant> grant(UUID promotionId, List<UUID> customerIds, UUID operatorId);

    /** @param outcome GRANTED, NOT_A_CUSTOMER, LIMIT_REACHED or SOLD_OUT */
    record Grant(UUID customerId, String outcome, Optional<UUID> couponId) {
    }

    /**
     * What each promotion cost in [from, until) (orders completed then), all or one region; sums to the ledger's promotion cost
     * less prepaid packages' discounts (the finance report's {@code packageDiscountFen}).
     */
    List<PromotionCost> costs(Instant from, Instant until, Optional<String> region);

    /**
     * @param kind       COUPON, FIRST_ORDER or ITEM
     * @param ruleType   FIXED (amountFen off) or PERCENT (percentBp off, at most capFen)
     * @param itemCodes  the items it covers; all when empty
     * @param regionCode a district or a city code (ending in 00); everywhere when empty
     * @param quantity   coupons only: how many may be claimed in all (unlimited when empty)
     * @param couponValidDays coupons only: days a claimed coupon stays usable (until the end of the promotion when empty)
     */
    record NewPromotion(String kind, String name, String ruleType, long amountFen, int percentBp, Optional<Long> capFen,
                        long thresholdFen, List<String> itemCodes, Optional<String> regionCode, Instant startsAt, Instant endsAt,
                        int perCustomerLimit, Optional<Long> budgetFen, Optional<Integer> quantity, Optional<Integer> couponValidDays) {
        public NewPromotion {
            itemCodes = itemCodes == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(itemCodes));
        }
    }

    record PromotionLine(UUID promotionId, String kind, String name, String ruleType, long amountFen, int percentBp,
                         Optional<Long> capFen, long thresholdFen, List<String> itemCodes, Optional<String> regionCode, Instant startsAt,
                         Instant endsAt, int perCustomerLimit, Optional<Long> budgetFen, long spentFen, Optional<Integer> quantity,
                         int issued, Optional<Integer> couponValidDays, String status, Usage usage) {
    }

    /** Uses by orders: reserved (orders not yet completed), settled (completed: the cost), released (cancelled). */
    record Usage(long reserved, long reservedFen, long settled, long settledFen, long released, long releasedFen) {
    }

    record PromotionCost(UUID promotionId, String name, String kind, long uses, long amountFen) {
    }
}
