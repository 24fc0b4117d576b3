package org.shangmen.dispatch.domain;

/** An offer's fate. */
public enum OfferStatus {
    /** The worker may accept or reject. */
    OPEN,
    /** The worker accepted and won the order. */
    ACCEPTED,
    /** The worker turned it down with a reason. */
    REJECTED,
    /** Another worker won the order, or an operator assigned it. */
    GONE,
    /** Dispatch gave up or the customer cancelled before anyone accepted. */
    EXPIRED,
    /** Automatic assignment: the order is the worker's unless declined within the window. */
    ASSIGNED,
    /** The worker declined an automatic assignment in time. */
    DECLINED,
    /** The worker won or was assigned the order and later gave it back. */
    WITHDRAWN
}
