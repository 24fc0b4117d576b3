package org.shangmen.analytics.application.port.in;

/** A4.2: brings the store's rollups up to its facts, so that the insights read them instead of the facts. */
public interface RefreshRollups {

    /** Returns the number of days whose rollups were recomputed. */
    int refresh();
}
