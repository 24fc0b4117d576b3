package org.shangmen.dispatch.application.port.in;

/** The ladder's clock: escalates every case whose rung has timed out, each in its own transaction. */
public interface AdvanceDispatch {

    /** Answers how many cases moved. */
    int advanceDue();
}
