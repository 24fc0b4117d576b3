package org.shangmen.billing.application.port.in;

import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.domain.Coupon;
import org.shangmen.billing.domain.Promotion;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import java.util.List;

/** Customers' side of promotions: what runs now, claiming a coupon, their coupons. */
public interface CustomerCoupons {

    /** The promotions running now (coupons that can still be claimed included). */
    List<Promotion> running();

    /** Claims a coupon of a COUPON promotion within the per-customer limit and the quantity. */
    Owned claim(UUID customerId, UUID promotionId);

    /** @param state AVAILABLE, USED or EXPIRED; all when empty */
    Page<Owned> coupons(UUID customerId, Optional<String> state, PageRequest page);

    record Owned(Coupon coupon, Promotion promotion, String state) {
    }
}
