package org.shangmen.billing.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.billing.application.port.in.CustomerCoupons.Owned;
import org.shangmen.billing.application.port.out.PromotionStore;
import org.shangmen.billing.domain.Coupon;
import org.shangmen.billing.domain.Promotion;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;

/** Issuing a coupon of a COUPON promotion to a customer, within the per-customer limit and the quantity; shared by claiming and granting. */
public class CouponIssue {

    private final PromotionStore store;
    private final Clock clock;

    public CouponIssue(PromotionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    Promotion claimable(UUID promotionId) {
        Promotion p = store.find(promotionId).orElseThrow(() -> DomainException.notFound("billing.promotion-not-found"));
        if (p.kind() != Promotion.Kind.COUPON || !p.runningAt(clock.instant())) {
            throw DomainException.rejected("billing.coupon-not-claimable");
        }
        return p;
    }

    Owned issue(UUID customerId, Promotion p) {
        Instant now = clock.instant();
        int number = smallestFree(store.claimNumbers(p.id(), customerId));
        if (number > p.perCustomerLimit()) {
            throw DomainException.conflict("billing.coupon-limit-reached", p.perCustomerLimit());
        }
        if (!store.issue(p.id())) {
            throw DomainException.conflict("billing.coupon-sold-out");
        }
        Instant until = p.couponValidDays().map(d -> now.plus(Duration.ofDays(d))).orElse(p.endsAt());
        Coupon coupon = new Coupon(Ids.newId(clock), p.id(), customerId, Coupon.Status.AVAILABLE, now, until, Optional.empty(),
                Optional.empty());
        try {
            store.insertCoupon(coupon, number);
        } catch (PromotionStore.NumberTaken raced) {
            throw DomainException.conflict("billing.coupon-claim-conflict");
        }
        return new Owned(coupon, store.find(p.id()).orElseThrow(), coupon.state(now));
    }

    /** The smallest use number (1, 2, ...) not yet taken: the database's unique key on it makes a per-customer limit hold under races. */
    static int smallestFree(List<Integer> taken) {
        Set<Integer> set = new HashSet<>(taken);
        int n = 1;
        while (set.contains(n)) {
            n++;
        }
        return n;
    }
}
