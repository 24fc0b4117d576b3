package org.shangmen.booking.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The facts of one order other modules judge it by (complaints, A2.1): whose it is, who served it, where it stands, what it cost. */
public interface OrderFacts {

    /** Empty when there is no such order. */
    Optional<Fact> fact(UUID orderId);

    /**
     * @param workerId    the worker holding or having served the order; empty while none does
     * @param startsAt    the appointment's start
     * @param completedAt when the worker checked out; empty until then
     * @param totalFen    what the order costs with its approved add-ons, in fen
     */
    record Fact(UUID orderId, UUID customerId, Optional<UUID> workerId, OrderStatus status, Instant startsAt,
                Optional<Instant> completedAt, List<String> itemCodes, String itemNames, String districtCode, long totalFen) {

        public Fact {
            itemCodes = List.copyOf(itemCodes);
        }
    }
}
