package org.shangmen.training.api.event;

import java.time.Instant;
import java.util.UUID;

/** A worker holds a seat at an offline session: booked directly or moved up from the waiting list. */
public record SessionSeatConfirmed(UUID partId, UUID workerId, String courseTitle, String sessionTitle, String place, Instant startsAt,
                                   boolean fromWaitingList) {
}
