package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Someone opened an item's page in the catalogue (C2.1): the order funnel's step before the quote.
 * {@code customerId} is empty for a visitor who is not signed in, {@code districtCode} when the page was asked
 * without a district. A statistic: published without a transaction of its own and not kept in the event
 * publication registry, so a listener that misses it (a crash) does not get it again.
 */
public record ItemViewed(UUID viewId, String itemCode, Optional<UUID> customerId, Optional<String> districtCode, Instant at) {
}
