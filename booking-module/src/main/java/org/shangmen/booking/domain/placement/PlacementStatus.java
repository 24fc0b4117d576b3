package org.shangmen.booking.domain.placement;

/** Where a long placement stands; each code has a label {@code label.placement.status.<CODE>}. */
public enum PlacementStatus {
    /** Shortlisted workers are answering interview invitations; the customer has not chosen yet. */
    INTERVIEWING,
    /** A worker was chosen and the contract fixed; the deposit and the first period are awaited. */
    CONTRACTED,
    /** Deposit and first period paid: the placement runs. */
    ACTIVE,
    ENDED,
    CANCELLED;

    public boolean isOpen() {
        return this == INTERVIEWING || this == CONTRACTED || this == ACTIVE;
    }
}
