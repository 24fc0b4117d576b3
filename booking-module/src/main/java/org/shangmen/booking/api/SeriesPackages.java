package org.shangmen.booking.api;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What billing needs of recurring plans (C2.4) to sell and use prepaid packages: a customer's series
 * with the price of one visit as quoted now, the series an order is a visit of, and the series'
 * visit orders. Amounts in fen.
 */
public interface SeriesPackages {

    /** The customer's series; empty when there is none or it is someone else's. */
    Optional<PackagedSeries> series(UUID customerId, UUID seriesId);

    /** The customer's series not cancelled, newest first (at most a page of 100). */
    List<UUID> openSeries(UUID customerId);

    /** The series whose visit the order is; empty for any other order. */
    Optional<UUID> seriesOfOrder(UUID orderId);

    /** The orders placed for the series' visits so far, in visit order. */
    List<UUID> visitOrders(UUID seriesId);

    /**
     * @param open          false once the rest of the series was cancelled
     * @param visits        how many visits the series has; empty for a series that runs until cancelled
     * @param visitPriceFen what one visit of the series' basket costs, as quoted now for its district
     * @param description   the basket's item names, for the package's payment subject
     */
    record PackagedSeries(UUID seriesId, UUID customerId, boolean open, Optional<Integer> visits, long visitPriceFen,
                          String districtCode, String description) {
    }
}
