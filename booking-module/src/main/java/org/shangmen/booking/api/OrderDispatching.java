package org.shangmen.booking.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.TimeRange;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;

/**
 * What dispatch may read and do to orders. Every command runs inside the caller's transaction, so a
 * worker winning an order, the order's status, the worker's calendar and booking's job ledger change
 * together or not at all.
 */
public interface OrderDispatching {

    /** An order as dispatch needs it; {@code booking.order-not-found} when there is none. */
    DispatchOrder order(UUID orderId);

    /**
     * The worker who last served this order's customer, when there is one: asked first when the customer
     * named nobody. A read of the customer's history, so it is asked for once per matching, not with every
     * read of the order.
     */
    Optional<UUID> previousWorker(UUID orderId);

    /**
     * Whether the id dispatch works on is a placement's leave days rather than a customer's order: the
     * customer does not choose among the workers offered those days, so a refusal is not theirs to hear.
     */
    default boolean standsInForPlacement(UUID orderId) {
        return false;
    }

    /**
     * The order's lines as quoted: items, chosen options, quantities and estimated minutes, for what a
     * worker decides on before taking it; {@code booking.order-not-found} when there is none.
     */
    List<QuotedItem> lines(UUID orderId);

    /**
     * For a worker's list of offers: what each order needs and its lines as quoted, read together, in a
     * fixed number of statements whatever the number of orders. Ids with no order are left out.
     */
    default java.util.Map<UUID, OfferedOrder> offered(java.util.Collection<UUID> orderIds) {
        java.util.Map<UUID, OfferedOrder> found = new java.util.LinkedHashMap<>();
        orderIds.forEach(id -> found.put(id, new OfferedOrder(order(id).needs(), lines(id))));
        return found;
    }

    /** What a worker is shown of an offered order: its needs (for the badges that qualified her) and lines. */
    record OfferedOrder(List<Need> needs, List<QuotedItem> lines) {
        public OfferedOrder {
            needs = List.copyOf(needs);
            lines = List.copyOf(lines);
        }
    }

    /**
     * Workers who may take the order now: certified, active, with every item's skill and certificates,
     * serving the district, free for the whole visit, clear of their other jobs by the travel buffer
     * and under the daily cap. Bulk reads: a fixed number of queries whatever the number of workers.
     */
    List<UUID> freeWorkers(UUID orderId);

    /**
     * Gives an order awaiting acceptance to a worker and books the worker's time. Refused with
     * {@code booking.order-taken} (CONFLICT) when the order no longer awaits acceptance (another worker
     * won it), {@code booking.worker-cannot-take} when the worker is not free or eligible for it, and
     * {@code worker.time-taken} when the worker's time went to another order meanwhile.
     */
    void assign(UUID orderId, UUID workerId, Actor actor, String reason);

    /** Takes an accepted order back from its worker before payment, freeing the time; it awaits acceptance again. */
    void returnToDispatch(UUID orderId, Actor actor, String reason);

    /** Records a worker's refusal so that the customer sees it on the order (W2.2). Idempotent per worker. */
    void noteRejection(UUID orderId, UUID workerId, RejectionReason reason, Optional<String> note);

    /**
     * Nobody took the order: it is cancelled with the reason "no worker found" and the customer is
     * offered other start times for the same basket. Does nothing to an order no longer awaiting acceptance.
     */
    void giveUp(UUID orderId);

    /** One skill and its certificates an order needs (one per distinct item skill). */
    record Need(Skill skill, Set<CertificateType> certificates) {
        public Need {
            certificates = Set.copyOf(certificates);
        }
    }

    /**
     * @param place            where the service happens; the door number is not given out here
     */
    record DispatchOrder(UUID orderId, UUID customerId, OrderStatus status, RegionCode district, Optional<UUID> communityId,
                         GeoPoint place, TimeRange time, List<Need> needs, List<String> itemCodes, List<String> itemNames,
                         String requirements, long totalFen, Optional<UUID> preferredWorkerId,
                         Optional<UUID> workerId, Instant submittedAt) {
        public DispatchOrder {
            needs = List.copyOf(needs);
            itemCodes = List.copyOf(itemCodes);
            itemNames = List.copyOf(itemNames);
        }
    }
}
