package org.shangmen.booking.application.placement;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.booking.api.Actor;
import org.shangmen.booking.api.OrderDispatching;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.api.PricingUnit;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.booking.api.RejectionReason;
import org.shangmen.booking.api.event.PlacementSubstituteUnfilled;
import org.shangmen.booking.api.event.PlacementSubstituted;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements.FreeWorker;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements.SpanQuery;
import org.shangmen.booking.application.port.out.placement.PlacementStore;
import org.shangmen.booking.application.port.out.placement.SubstituteRequestStore;
import org.shangmen.booking.application.port.out.placement.SubstitutionStore;
import org.shangmen.booking.domain.ServiceItem;
import org.shangmen.booking.domain.placement.Placement;
import org.shangmen.booking.domain.placement.SubstituteRequest;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.TimeRange;
import org.shangmen.worker.api.WorkerCalendar;
import org.shangmen.worker.api.WorkerDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * C2.4 a substitute for a placement's leave days is found by dispatch's ladder like an order: dispatch
 * reads and moves the substitute request through {@link OrderDispatching} under the request's id. The
 * request shows as an order awaiting acceptance of the placement's item over the leave days; the
 * workers free for it have the item's skill, serve the district, are free every one of the days and are
 * not the placement's own worker. A worker wins by a compare-and-set on the request, then her calendar
 * holds the days under the request's id (the same guarantee against overlaps as any booking) and the
 * substitution is recorded. Any other id is an order, answered by the orders' dispatching.
 */
public class SubstituteDispatchService implements OrderDispatching {

    private final SubstituteRequestStore requests;
    private final PlacementStore placements;
    private final SubstitutionStore substitutions;
    private final PlacementSearchService search;
    private final WorkerCalendar calendar;
    private final WorkerDirectory directory;
    private final OrderDispatching orders;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public SubstituteDispatchService(SubstituteRequestStore requests, PlacementStore placements, SubstitutionStore substitutions,
                                     PlacementSearchService search, WorkerCalendar calendar, WorkerDirectory directory, OrderDispatching orders,
                                     ApplicationEventPublisher events, Clock clock) {
        this.requests = requests;
        this.placements = placements;
        this.substitutions = substitutions;
        this.search = search;
        this.calendar = calendar;
        this.directory = directory;
        this.orders = orders;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public DispatchOrder order(UUID orderId) {
        Optional<SubstituteRequest> found = requests.find(orderId);
        if (found.isEmpty()) {
            return orders.order(orderId);
        }
        SubstituteRequest r = found.get();
        Placement p = placement(r);
        ServiceItem item = search.dailyItem(p.itemId());
        long totalFen = Math.multiplyExact((long) r.days(), p.contract().map(c -> c.dailyPriceFen()).orElse(item.basePriceFen()));
        return new DispatchOrder(r.id(), r.customerId(), status(r), p.district(), Optional.empty(), place(p), time(r),
                List.of(new Need(item.skill(), item.requiredCertificates())), List.of(p.itemCode()), List.of(p.itemName() + "(长期服务替班)"),
                "长期服务替班 " + r.days() + " 天(" + r.firstDay() + " 起," + (p.liveIn() ? "住家" : "白天") + "),按合同日薪计酬", totalFen,
                Optional.empty(), r.workerId(), r.createdAt());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean standsInForPlacement(UUID orderId) {
        return requests.find(orderId).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> previousWorker(UUID orderId) {
        // A substitute stands in for the placement's own worker: nobody is favoured for the leave days.
        return requests.find(orderId).isPresent() ? Optional.empty() : orders.previousWorker(orderId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<QuotedItem> lines(UUID orderId) {
        Optional<SubstituteRequest> found = requests.find(orderId);
        if (found.isEmpty()) {
            return orders.lines(orderId);
        }
        SubstituteRequest r = found.get();
        Placement p = placement(r);
        long daily = p.contract().map(c -> c.dailyPriceFen()).orElse(0L);
        long total = Math.multiplyExact((long) r.days(), daily);
        return List.of(new QuotedItem(p.itemId(), p.itemCode(), p.itemName(), PricingUnit.PER_DAY, daily, r.days(), total, List.of(), 0,
                total, r.days() * 24 * 60));
    }

    /** Customers' orders in one read; only the ids it did not find are looked for among the leave requests. */
    @Override
    @Transactional(readOnly = true)
    public java.util.Map<UUID, OfferedOrder> offered(java.util.Collection<UUID> orderIds) {
        java.util.Map<UUID, OfferedOrder> found = new java.util.LinkedHashMap<>(orders.offered(orderIds));
        orderIds.stream().filter(id -> !found.containsKey(id) && requests.find(id).isPresent())
                .forEach(id -> found.put(id, new OfferedOrder(order(id).needs(), lines(id))));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> freeWorkers(UUID orderId) {
        Optional<SubstituteRequest> found = requests.find(orderId);
        if (found.isEmpty()) {
            return orders.freeWorkers(orderId);
        }
        SubstituteRequest r = found.get();
        if (r.status() != SubstituteRequest.Status.SEEKING) {
            return List.of();
        }
        return free(r, placement(r));
    }

    @Override
    @Transactional
    public void assign(UUID orderId, UUID workerId, Actor actor, String reason) {
        Optional<SubstituteRequest> found = requests.find(orderId);
        if (found.isEmpty()) {
            orders.assign(orderId, workerId, actor, reason);
            return;
        }
        SubstituteRequest filled = found.get().filled(workerId);
        // The compare-and-set comes first: concurrent winners queue on the request's row and all but one find it moved.
        if (!requests.update(filled)) {
            throw DomainException.conflict("booking.order-taken");
        }
        Placement p = placement(filled);
        if (!free(filled, p).contains(workerId)) {
            throw DomainException.conflict("booking.worker-cannot-take");
        }
        TimeRange span = time(filled);
        if (!calendar.freeThroughout(Set.of(workerId), span).contains(workerId)) {
            throw DomainException.conflict("booking.worker-cannot-take");
        }
        Instant now = clock.instant();
        calendar.book(workerId, filled.id(), span);
        substitutions.insert(filled.substitution(now));
        events.publishEvent(new PlacementSubstituted(filled.id(), p.id(), p.customerId(), filled.mainWorkerId(), workerId, filled.firstDay(),
                filled.endDay(), now));
    }

    /** A substitute's days are kept once taken: she cannot give them back through dispatch. */
    @Override
    @Transactional
    public void returnToDispatch(UUID orderId, Actor actor, String reason) {
        if (requests.find(orderId).isEmpty()) {
            orders.returnToDispatch(orderId, actor, reason);
            return;
        }
        throw DomainException.conflict("booking.placement-substitute-kept");
    }

    /** A refusal of a substitute offer is dispatch's alone: the leave request has nothing to show it on. */
    @Override
    @Transactional
    public void noteRejection(UUID orderId, UUID workerId, RejectionReason reason, Optional<String> note) {
        if (requests.find(orderId).isEmpty()) {
            orders.noteRejection(orderId, workerId, reason, note);
        }
    }

    /** Nobody took the leave days: the customer hears of the gap in care and may still pick a substitute. */
    @Override
    @Transactional
    public void giveUp(UUID orderId) {
        Optional<SubstituteRequest> found = requests.find(orderId);
        if (found.isEmpty()) {
            orders.giveUp(orderId);
            return;
        }
        SubstituteRequest r = found.get();
        if (r.status() != SubstituteRequest.Status.SEEKING || !requests.update(r.unfilled())) {
            return;
        }
        events.publishEvent(new PlacementSubstituteUnfilled(r.id(), r.placementId(), r.customerId(), r.mainWorkerId(), r.firstDay(), r.endDay(),
                clock.instant()));
    }

    private List<UUID> free(SubstituteRequest r, Placement p) {
        return search.free(new SpanQuery(p.itemId(), p.district(), r.firstDay(), r.endDay())).stream().map(FreeWorker::workerId)
                .filter(w -> !w.equals(r.mainWorkerId())).toList();
    }

    private Placement placement(SubstituteRequest r) {
        return placements.find(r.placementId()).orElseThrow(() -> DomainException.notFound("booking.placement-not-found"));
    }

    /** Where the placement is served; without a recorded point, where its worker lives (she serves it there). */
    private GeoPoint place(Placement p) {
        return p.point().or(() -> p.workerId().flatMap(directory::card).flatMap(WorkerDirectory.WorkerCard::home))
                .orElseThrow(() -> DomainException.conflict("booking.placement-no-free-worker"));
    }

    private static TimeRange time(SubstituteRequest r) {
        return Placement.span(r.firstDay(), r.endDay());
    }

    private static OrderStatus status(SubstituteRequest r) {
        return switch (r.status()) {
            case SEEKING -> OrderStatus.AWAITING_ACCEPTANCE;
            case FILLED -> OrderStatus.PAID;
            case UNFILLED -> OrderStatus.CANCELLED;
        };
    }
}
