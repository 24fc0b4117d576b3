package org.shangmen.dispatch.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.dispatch.domain.Offer;
import org.shangmen.dispatch.domain.OfferStatus;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** Offers; one per order and worker, enforced by the database. */
public interface OfferStore {

    void insert(Offer offer);

    /** Several offers in one statement. */
    void insertAll(List<Offer> offers);

    Optional<Offer> find(UUID offerId);

    /** Every worker the order was ever offered to. */
    Set<UUID> workersOf(UUID orderId);

    List<Offer> ofOrder(UUID orderId);

    Page<Offer> ofWorker(UUID workerId, boolean openOnly, PageRequest page);

    /** Moves one offer from {@code from} to {@code to}; false when it was no longer in {@code from}. */
    boolean answer(UUID offerId, OfferStatus from, OfferStatus to, Instant at, Optional<String> reason, Optional<String> note);

    /** Moves the order's open offers (other than {@code except}) to {@code to}; answers the workers who held them. */
    List<UUID> closeOpen(UUID orderId, OfferStatus to, Optional<UUID> except, Instant at);

    /** The worker's accepted or assigned offer of the order, if any, becomes WITHDRAWN (the worker no longer has the order). */
    void withdrawHeldBy(UUID orderId, UUID workerId, Instant at);

    /** Orders each worker accepted or was assigned since the instant. */
    Map<UUID, Integer> recentLoad(Collection<UUID> workerIds, Instant since);
}
