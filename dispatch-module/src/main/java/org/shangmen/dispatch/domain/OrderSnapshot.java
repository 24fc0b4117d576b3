package org.shangmen.dispatch.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.GeoPoint;

/** What a worker sees of an order before taking it: no door number, no contact. */
public record OrderSnapshot(UUID orderId, List<String> itemNames, String districtCode, Optional<UUID> communityId, GeoPoint place,
                            Instant startsAt, Instant endsAt, String requirements, long totalFen) {

    public OrderSnapshot {
        itemNames = List.copyOf(itemNames);
    }
}
