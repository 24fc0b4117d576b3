package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.UUID;

/** C2.4 the preferred worker of a recurring plan was suspended or removed: the series' later visits go to dispatch. */
public record SeriesHandedOver(UUID seriesId, UUID customerId, UUID workerId, Instant at) {
}
