package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.UUID;

/** The customer cancelled the rest of a recurring plan (C2.4): its open visits were cancelled, no more are placed. */
public record SeriesCancelled(UUID seriesId, UUID customerId, Instant at) {
}
