package org.shangmen.booking.application.port.in.series;

import java.util.UUID;

/**
 * C2.4 a worker suspended or removed no longer comes first for anyone's series: their series continue
 * without a preferred worker, every later visit going down the dispatch ladder, and each customer is
 * told ({@code SeriesHandedOver}). Idempotent.
 */
public interface HandOverSeries {

    /** Answers the number of series handed over. */
    int workerUnavailable(UUID workerId);
}
