package org.shangmen.billing.api.event;

import java.time.Instant;
import java.util.UUID;

/**
 * Money of a recurring plan's prepaid package went back to its customer (the package ended, or a visit
 * of an ended package was cancelled). {@code description} names the package and its items.
 */
public record PackageRefunded(UUID refundId, UUID packageId, UUID customerId, UUID seriesId, String description, long amountFen,
                              Instant at) {
}
