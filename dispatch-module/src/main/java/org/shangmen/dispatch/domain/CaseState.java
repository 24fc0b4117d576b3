package org.shangmen.dispatch.domain;

/** Where dispatch stands with an order. */
public enum CaseState {
    /** Offers are out (or a worker is being asked directly); the ladder escalates at the deadline. */
    OFFERING,
    /** Nobody took it on the workers' rungs: operators see it flagged; offers stay open. */
    AWAITING_OPERATOR,
    /** A worker has the order (an automatically assigned one may still decline until the deadline). */
    ASSIGNED,
    /** Nobody took it in time: the order was cancelled and the customer offered other times. */
    UNFILLED,
    /** The customer cancelled it. */
    CANCELLED;

    public boolean isOpen() {
        return this == OFFERING || this == AWAITING_OPERATOR;
    }
}
