package org.shangmen.booking.application.port.in.placement;

/**
 * C4.2 the worker's earnings per settled period: every paid period that is over is settled to the
 * worker, and a placement whose span is over ends and returns its deposit. A plain method so a
 * scheduler (or a cluster-wide lock around it) can call it.
 */
public interface SettlePlacements {

    /** Settles what is due now; answers the number of placements touched. */
    int settleDue();
}
