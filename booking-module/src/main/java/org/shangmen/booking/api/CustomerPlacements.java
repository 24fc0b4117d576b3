package org.shangmen.booking.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * C2.4 a customer's placements as other modules see them: the id billing takes payments under, the span,
 * where the placement stands (as an order's status) and what is due on it now.
 */
public interface CustomerPlacements {

    /** The customer's placements, latest first (at most a page of them). */
    List<PlacementLine> placements(UUID customerId);

    /** @param endsOn the first day not served; {@code dueFen} 0 when nothing is owed now */
    record PlacementLine(UUID placementId, LocalDate startsOn, LocalDate endsOn, OrderStatus status, long dueFen) {
    }
}
