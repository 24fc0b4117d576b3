package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.UUID;

/** A worker took the order (by accepting an offer, by automatic or by manual assignment); it awaits payment. */
public record OrderAccepted(UUID orderId, UUID customerId, UUID workerId, String workerName, String itemNames,
                            Instant startsAt, Instant endsAt, long totalFen, Instant at) {
}
