package org.shangmen.dispatch.application.port.in;

import java.util.UUID;

/** The ladder's clock: escalates every case whose rung has timed out, each in its own transaction. */
public interface AdvanceDispatch {

    /** Answers how many cases moved. One case's failure never stops the others: it stays due for the next tick. */
    int advanceDue();

    /** Climbs one case's ladder if its rung is due, in its own transaction; false when it did not move (not due, or a conflict). */
    boolean advance(UUID orderId);
}
