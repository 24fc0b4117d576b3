package org.shangmen.dispatch.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.Actor;
import org.shangmen.booking.api.OrderDispatching;
import org.shangmen.booking.api.OrderDispatching.DispatchOrder;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.dispatch.api.ManualAssignment;
import org.shangmen.dispatch.api.event.OrderGone;
import org.shangmen.dispatch.application.port.out.CaseStore;
import org.shangmen.dispatch.application.port.out.DecisionLog;
import org.shangmen.dispatch.application.port.out.OfferStore;
import org.shangmen.dispatch.domain.DispatchCase;
import org.shangmen.dispatch.domain.Offer;
import org.shangmen.dispatch.domain.OfferStatus;
import org.shangmen.dispatch.domain.Step;
import org.shangmen.kernel.DomainException;
import org.shangmen.worker.api.WorkerCalendar;
import org.shangmen.kernel.Ids;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/** A3.1: an operator gives an order to a worker, or moves it away from its worker before payment. */
public class ManualAssignmentService implements ManualAssignment {

    private final OrderDispatching orders;
    private final WorkerCalendar calendar;
    private final CaseStore cases;
    private final OfferStore offers;
    private final DecisionLog decisions;
    private final CaseOpening opening;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ManualAssignmentService(OrderDispatching orders, WorkerCalendar calendar, CaseStore cases, OfferStore offers, DecisionLog decisions, CaseOpening opening,
                                   ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.calendar = calendar;
        this.cases = cases;
        this.offers = offers;
        this.decisions = decisions;
        this.opening = opening;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void assign(Assignment command) {
        UUID orderId = command.orderId();
        UUID workerId = command.workerId();
        String why = command.reason();
        DispatchOrder order = orders.order(orderId);
        Instant now = clock.instant();
        if (order.workerId().equals(Optional.of(workerId))) {
            throw DomainException.conflict("dispatch.already-assigned");
        }
        calendar.holdForBooking(workerId);
        if (order.status() == OrderStatus.AWAITING_PAYMENT && order.workerId().isPresent()) {
            orders.returnToDispatch(orderId, Actor.operator(command.operatorId()), "改派: " + why);
            offers.withdrawHeldBy(orderId, order.workerId().get(), now);
        } else if (order.status() != OrderStatus.AWAITING_ACCEPTANCE) {
            throw DomainException.conflict("dispatch.order-not-assignable", order.status().label());
        }
        orders.assign(orderId, workerId, Actor.operator(command.operatorId()), why);
        Optional<Offer> existing = offers.ofOrder(orderId).stream().filter(o -> o.workerId().equals(workerId)).findFirst();
        if (existing.isPresent()) {
            offers.answer(existing.get().id(), existing.get().status(), OfferStatus.ACCEPTED, now, Optional.empty(), Optional.empty());
        } else {
            offers.insert(new Offer(Ids.newId(clock), orderId, workerId, Step.OPERATOR, OfferStatus.ACCEPTED, 0, 0, now, Optional.of(now),
                    Optional.empty(), Optional.empty(), Optional.empty()));
        }
        List<UUID> losers = offers.closeOpen(orderId, OfferStatus.GONE, Optional.empty(), now);
        Optional<DispatchCase> c = cases.find(orderId);
        if (c.isPresent()) {
            cases.overwrite(c.get().settled(workerId));
        } else {
            cases.insert(DispatchCase.open(orderId, order.customerId(), opening.modeFor(order), now).settled(workerId),
                    CaseOpening.snapshotOf(order));
        }
        decisions.record(orderId, order.workerId().isPresent() ? "REASSIGNED" : "MANUAL_ASSIGNED", Optional.of(workerId),
                Optional.of(command.operatorId()), why, now);
        events.publishEvent(new OrderGone(orderId, workerId, losers, now));
    }
}
