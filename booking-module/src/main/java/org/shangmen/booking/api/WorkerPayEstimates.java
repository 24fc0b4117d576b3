package org.shangmen.booking.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a worker would earn of an order (W2.1: offers show the pay), by the commission rules in force.
 * Declared here so that dispatch can show it and billing, which keeps the rules, can answer it;
 * without an implementation offers show no pay.
 */
public interface WorkerPayEstimates {

    /**
     * The worker's share in fen of an order's full price (before discounts: the platform bears them),
     * as if the worker completed it at the instant.
     */
    long workerShareFen(UUID workerId, List<String> itemCodes, String districtCode, long fullPriceFen, Instant at);

    /** One order priced for a worker's share. */
    record Priced(List<String> itemCodes, String districtCode, long fullPriceFen, Instant at) {
        public Priced {
            itemCodes = List.copyOf(itemCodes);
        }
    }

    /** The worker's shares of several orders, in their order, with the worker and the rules read once. */
    default long[] workerSharesFen(UUID workerId, List<Priced> orders) {
        return orders.stream().mapToLong(o -> workerShareFen(workerId, o.itemCodes(), o.districtCode(), o.fullPriceFen(), o.at())).toArray();
    }
}
