package org.shangmen.booking.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.Actor;
import org.shangmen.booking.api.OrderDispatching;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.booking.api.RejectionReason;
import org.shangmen.booking.application.port.in.FindSlots;
import org.shangmen.booking.application.port.in.FindSlots.SlotQuery;
import org.shangmen.booking.application.port.out.ChangeRequestStore;
import org.shangmen.booking.application.port.out.JobLedger;
import org.shangmen.booking.application.port.out.OrderStore;
import org.shangmen.booking.domain.Order;
import org.shangmen.booking.domain.SlotFinder.Slot;
import org.shangmen.kernel.DomainException;
import org.shangmen.worker.api.WorkerCalendar;
import org.shangmen.worker.api.WorkerDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * What dispatch does to orders between submission and payment: assign, return, give up. A worker's
 * win is a compare-and-set on the order's version followed by the booking of the worker's calendar,
 * both in the caller's transaction: of any number of workers accepting at once exactly one moves the
 * order, and a worker's two overlapping bookings are refused by the calendar's primary key.
 */
public class DispatchOrderService implements OrderDispatching {

    /** How many other start times a customer is offered when nobody took the order. */
    static final int ALTERNATIVES = 6;

    private final OrderStore orders;
    private final ChangeRequestStore changes;
    private final WorkerAvailability availability;
    private final WorkerCalendar calendar;
    private final WorkerDirectory workers;
    private final JobLedger jobs;
    private final FindSlots slots;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;
    private final Clock clock;

    public DispatchOrderService(OrderStore orders, ChangeRequestStore changes, WorkerAvailability availability, WorkerCalendar calendar, WorkerDirectory workers,
                                JobLedger jobs, FindSlots slots, ApplicationEventPublisher events, ZoneId zone, Clock clock) {
        this.orders = orders;
        this.changes = changes;
        this.availability = availability;
        this.calendar = calendar;
        this.workers = workers;
        this.jobs = jobs;
        this.slots = slots;
        this.events = events;
        this.zone = zone;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public DispatchOrder order(UUID orderId) {
        Order order = orders.get(orderId);
        return new DispatchOrder(order.id(), order.customerId(), order.status(), order.district(), order.communityId(), order.place(),
                order.time(), order.needs(), order.lines().stream().map(QuotedItem::itemCode).toList(),
                order.lines().stream().map(QuotedItem::itemName).toList(), order.requirements(), order.totalFen(),
                order.preferredWorkerId(), order.workerId(), order.createdAt());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<UUID> previousWorker(UUID orderId) {
        Order order = orders.get(orderId);
        return orders.previousWorker(order.customerId(), order.id());
    }

    @Override
    @Transactional(readOnly = true)
    public List<QuotedItem> lines(UUID orderId) {
        return orders.get(orderId).lines();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<UUID, OfferedOrder> offered(java.util.Collection<UUID> orderIds) {
        java.util.Map<UUID, OfferedOrder> found = new java.util.LinkedHashMap<>();
        orders.findAll(orderIds).forEach(o -> found.put(o.id(), new OfferedOrder(o.needs(), o.lines())));
        return found;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> freeWorkers(UUID orderId) {
        Order order = orders.get(orderId);
        return availability.free(order.needs(), order.district(), order.time(), Optional.empty());
    }

    @Override
    @Transactional
    public void assign(UUID orderId, UUID workerId, Actor actor, String reason) {
        Order order = orders.get(orderId);
        if (order.status() != OrderStatus.AWAITING_ACCEPTANCE) {
            throw DomainException.conflict("booking.order-taken");
        }
        String name = workers.card(workerId).map(WorkerDirectory.WorkerCard::name).orElse("");
        Order.Moved moved = order.accept(workerId, name, actor, reason, clock.instant());
        // The compare-and-set comes first: concurrent winners queue on the order's row and all but one find it moved.
        if (!orders.update(moved.order())) {
            throw DomainException.conflict("booking.order-taken");
        }
        if (availability.free(order.needs(), order.district(), order.time(), Optional.of(workerId)).isEmpty()) {
            throw DomainException.conflict("booking.worker-cannot-take");
        }
        calendar.book(workerId, orderId, order.time());
        jobs.hold(orderId, workerId, order.time());
        orders.record(moved.transition());
        moved.events().forEach(events::publishEvent);
    }

    @Override
    @Transactional
    public void returnToDispatch(UUID orderId, Actor actor, String reason) {
        Order order = orders.get(orderId);
        if (order.workerId().isEmpty()) {
            throw DomainException.conflict("booking.order-transition-invalid", order.status().label(),
                    OrderStatus.AWAITING_ACCEPTANCE.label());
        }
        Instant now = clock.instant();
        Order.Moved moved = order.returnToDispatch(actor, reason, now);
        orders.save(moved.order());
        calendar.release(orderId);
        jobs.release(orderId);
        orders.record(moved.transition());
        moved.events().forEach(events::publishEvent);
        changes.closeOpen(moved.order(), ChangeOrderService.RETURNED_NOTE, now).forEach(events::publishEvent);
    }

    @Override
    @Transactional
    public void noteRejection(UUID orderId, UUID workerId, RejectionReason reason, Optional<String> note) {
        orders.get(orderId);
        orders.noteRejection(orderId, workerId, reason, note, clock.instant());
    }

    @Override
    @Transactional
    public void giveUp(UUID orderId) {
        Order order = orders.get(orderId);
        if (order.status() != OrderStatus.AWAITING_ACCEPTANCE) {
            return;
        }
        Instant now = clock.instant();
        List<Instant> alternatives = alternatives(order, now);
        Order.Moved moved = order.unfilled(alternatives, now);
        if (!orders.update(moved.order())) {
            return;
        }
        orders.record(moved.transition());
        orders.saveAlternatives(orderId, alternatives);
        moved.events().forEach(events::publishEvent);
    }

    /** Other starts for the same basket over the next days, nearest first; none when the search itself fails. */
    private List<Instant> alternatives(Order order, Instant now) {
        try {
            LocalDate from = LocalDate.ofInstant(now, zone);
            return slots.find(new SlotQuery(orders.basket(order.id()), order.district(), order.communityId(), Optional.of(from), 7, false))
                    .slots().stream().map(Slot::start).limit(ALTERNATIVES).toList();
        } catch (DomainException itemsChanged) {
            // An item retired or repriced since: the customer starts a new request instead.
            return List.of();
        }
    }
}
