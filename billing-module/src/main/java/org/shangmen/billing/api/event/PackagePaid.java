package org.shangmen.billing.api.event;

import java.time.Instant;
import java.util.UUID;

/** A prepaid package of a recurring plan was paid: the plan's visits awaiting payment are paid from it. */
public record PackagePaid(UUID packageId, UUID customerId, UUID seriesId, long priceFen, Instant at) {
}
