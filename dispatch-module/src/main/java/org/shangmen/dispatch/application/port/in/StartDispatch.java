package org.shangmen.dispatch.application.port.in;

import java.util.UUID;

/** Reactions to the order's own life: a new order, an order back without a worker, a cancelled one. */
public interface StartDispatch {

    /** Opens the order's case and climbs its first rung. Idempotent: a second call for the same order does nothing. */
    void start(UUID orderId);

    /** The order awaits acceptance again (its worker left): back down the ladder, past the preferred worker. */
    void reopen(UUID orderId, UUID formerWorkerId);

    /** The visit moved: offers show the new time. */
    void rescheduled(UUID orderId, java.time.Instant startsAt, java.time.Instant endsAt);

    /** The customer cancelled: the case closes and open offers expire. */
    void cancelled(UUID orderId);
}
