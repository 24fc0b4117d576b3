package org.shangmen.booking.application.port.in.series;

/**
 * Places the orders of active series' visits that fall within the horizon ahead, so that the workers'
 * calendars show them. A plain method so a scheduler (or a cluster-wide lock around it) can call it;
 * idempotent: a visit is ordered once, under an idempotency key of its own.
 */
public interface GenerateSeriesVisits {

    /** Answers the number of orders placed. */
    int generateDue();

    /** Plans one series up to the horizon and places its visits' orders; answers the number placed. */
    int generate(java.util.UUID seriesId);
}
