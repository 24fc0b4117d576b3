package org.shangmen.booking.application.port.out;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shangmen.kernel.TimeRange;

/**
 * The jobs workers hold for booking's orders, which the slot search needs for travel buffers and the
 * daily cap (the worker calendar only tells free time). An order holds its worker's time here in the
 * transaction that books the worker's calendar.
 */
public interface JobLedger {

    void hold(UUID orderId, UUID workerId, TimeRange time);

    /** Idempotent. */
    void release(UUID orderId);

    /** Each worker's jobs overlapping the range, in no particular order, in one query whatever the number of workers. */
    Map<UUID, List<TimeRange>> jobs(Collection<UUID> workerIds, TimeRange range);
}
