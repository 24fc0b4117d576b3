package org.shangmen.billing.application.port.in;

import java.time.Instant;
import java.util.UUID;

/** Follows the promotions an order used to its end. Both idempotent. */
public interface TrackPromotionUses {

    /** The order completed: its promotions' uses become the platform's cost. */
    void orderCompleted(UUID orderId, Instant at);

    /** The order was cancelled: budgets and coupons are given back. */
    void orderCancelled(UUID orderId, Instant at);
}
