package org.shangmen.booking.application.port.out.series;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.domain.series.Series;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** Recurring plans with their visits; address and contact name encrypted at rest. */
public interface SeriesStore {

    void insert(Series series);

    /** Writes status and visits when the stored version is the series'; false when someone changed it meanwhile. */
    boolean update(Series series);

    Optional<Series> find(UUID seriesId);

    Page<Series> ofCustomer(UUID customerId, PageRequest page);

    /** Open series that ask the worker first: the worker's recurring customers. */
    Page<Series> ofWorker(UUID workerId, PageRequest page);

    /** The series whose visit the order is, if any. */
    Optional<UUID> ofOrder(UUID orderId);

    /** Active series, oldest first, for the horizon's generation. */
    List<UUID> active(int limit, int offset);
}
