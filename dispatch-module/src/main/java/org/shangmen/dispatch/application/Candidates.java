package org.shangmen.dispatch.application;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.booking.api.OrderDispatching;
import org.shangmen.booking.api.OrderDispatching.DispatchOrder;
import org.shangmen.dispatch.application.port.out.OfferStore;
import org.shangmen.dispatch.domain.Candidate;
import org.shangmen.dispatch.domain.Ranked;
import org.shangmen.dispatch.domain.Ranking;
import org.shangmen.dispatch.domain.Rung;
import org.shangmen.dispatch.domain.Step;
import org.shangmen.worker.api.WorkerDirectory;
import org.shangmen.worker.api.WorkerDirectory.WorkerCard;

/** The free workers of one order, read once per climb and ranked per rung. */
final class Candidates {

    static final Duration LOAD_WINDOW = Duration.ofDays(7);

    private final DispatchOrder order;
    private final Instant now;
    private final OrderDispatching orders;
    private final WorkerDirectory workers;
    private final OfferStore offers;
    private List<Ranked> ranked;
    private Set<UUID> free;
    private Optional<UUID> previous;
    private Set<UUID> offered;

    /** @param opened the case was opened in this transaction: no worker was asked yet */
    Candidates(DispatchOrder order, Instant now, OrderDispatching orders, WorkerDirectory workers, OfferStore offers, boolean opened) {
        this.offered = opened ? Set.of() : null;
        this.order = order;
        this.now = now;
        this.orders = orders;
        this.workers = workers;
        this.offers = offers;
    }

    /** The workers the rung reaches: not asked before, within its radius, at most its number, best first. */
    List<Ranked> forRung(Rung rung) {
        if (offered == null) {
            // Read once for all the rungs this matching climbs: it returns at the first rung that asks anyone.
            offered = offers.workersOf(order.orderId());
        }
        if (rung.step() == Step.PREFERRED) {
            Optional<UUID> favoured = order.preferredWorkerId().or(this::previous);
            if (favoured.isEmpty() || offered.contains(favoured.get()) || !free().contains(favoured.get())) {
                return List.of();
            }
            return ranked().stream().filter(r -> r.workerId().equals(favoured.get())).toList();
        }
        List<Ranked> out = new ArrayList<>();
        for (Ranked r : ranked()) {
            if (out.size() >= rung.maxOffers()) {
                break;
            }
            if (!offered.contains(r.workerId()) && (rung.radiusMetres() == 0 || r.distanceMetres() <= rung.radiusMetres())) {
                out.add(r);
            }
        }
        return out;
    }

    /** The customer's previous worker, read once for all the rungs this matching climbs. */
    private Optional<UUID> previous() {
        if (previous == null) {
            previous = orders.previousWorker(order.orderId());
        }
        return previous;
    }

    private Set<UUID> free() {
        if (free == null) {
            free = new LinkedHashSet<>(orders.freeWorkers(order.orderId()));
        }
        return free;
    }

    private List<Ranked> ranked() {
        if (ranked == null) {
            Set<UUID> ids = free();
            Map<UUID, WorkerCard> cards = workers.cards(ids);
            Map<UUID, Integer> load = offers.recentLoad(ids, now.minus(LOAD_WINDOW));
            List<Candidate> candidates = new ArrayList<>(ids.size());
            for (UUID id : ids) {
                WorkerCard card = cards.get(id);
                if (card != null) {
                    candidates.add(new Candidate(id, card.home(), card.ratingTenths(), card.ratingCount(), card.experienceYears(),
                            load.getOrDefault(id, 0)));
                }
            }
            Set<UUID> favoured = new HashSet<>();
            order.preferredWorkerId().ifPresent(favoured::add);
            previous().ifPresent(favoured::add);
            ranked = Ranking.rank(order.place(), candidates, favoured);
        }
        return ranked;
    }
}
