package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.UUID;

/**
 * C4.2 a paid period of a placement is over: billing splits {@code earnedFen} into the worker's share
 * and the commission, once per {@code settlementId} (the instalment's id), from the money the
 * placement's payments hold.
 */
public record PlacementPeriodSettled(UUID settlementId, UUID placementId, UUID workerId, long earnedFen, String itemCode,
                                     String districtCode, Instant at) {
}
