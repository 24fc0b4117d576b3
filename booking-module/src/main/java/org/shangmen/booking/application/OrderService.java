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
import org.shangmen.booking.api.event.OrderAccepted;
import org.shangmen.booking.api.event.OrderCancelled;
import org.shangmen.booking.api.event.OrderReturnedToDispatch;
import org.shangmen.booking.api.event.OrderUnfilled;
import org.shangmen.booking.application.port.in.CustomerOrders;
import org.shangmen.booking.application.port.in.FindSlots;
import org.shangmen.booking.application.port.in.FindSlots.SlotQuery;
import org.shangmen.booking.application.port.out.JobLedger;
import org.shangmen.booking.application.port.out.OrderStore;
import org.shangmen.booking.domain.Order;
import org.shangmen.booking.domain.SlotFinder.Slot;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.api.WorkerCalendar;
import org.shangmen.worker.api.WorkerDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * Orders between submission and payment: what dispatch does to them (assign, return, give up), and
 * what customers see and may do. A worker's win is a compare-and-set on the order's version followed
 * by the booking of the worker's calendar, both in the caller's transaction: of any number of workers
 * accepting at once exactly one moves the order, and a worker's two overlapping bookings are refused
 * by the calendar's primary key.
 */
public class OrderService implements OrderDispatching, CustomerOrders, org.shangmen.booking.api.OrderOverview,
        org.shangmen.booking.api.OrderParties {

    /** How many other start times a customer is offered when nobody took the order. */
    static final int ALTERNATIVES = 6;

    private final OrderStore orders;
    private final WorkerAvailability availability;
    private final WorkerCalendar calendar;
    private final WorkerDirectory workers;
    private final JobLedger jobs;
    private final FindSlots slots;
    private final ApplicationEventPublisher events;
    private final ZoneId zone;
    private final Clock clock;

    public OrderService(OrderStore orders, WorkerAvailability availability, WorkerCalendar calendar, WorkerDirectory workers,
                        JobLedger jobs, FindSlots slots, ApplicationEventPublisher events, ZoneId zone, Clock clock) {
        this.orders = orders;
        this.availability = availability;
        this.calendar = calendar;
        this.workers = workers;
        this.jobs = jobs;
        this.slots = slots;
        this.events = events;
        this.zone = zone;
        this.clock = clock;
    }

    // --- dispatch ---

    @Override
    @Transactional(readOnly = true)
    public DispatchOrder order(UUID orderId) {
        Order order = load(orderId);
        return new DispatchOrder(order.id(), order.customerId(), order.status(), order.district(), order.communityId(), order.place(),
                order.time(), order.needs(), order.lines().stream().map(QuotedItem::itemCode).toList(),
                order.lines().stream().map(QuotedItem::itemName).toList(), order.requirements(), order.totalFen(),
                order.preferredWorkerId(), orders.previousWorker(order.customerId(), order.id()), order.workerId(), order.createdAt());
    }

    @Override
    @Transactional(readOnly = true)
    public List<QuotedItem> lines(UUID orderId) {
        return load(orderId).lines();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> freeWorkers(UUID orderId) {
        Order order = load(orderId);
        return availability.free(order.needs(), order.district(), order.time(), Optional.empty());
    }

    @Override
    @Transactional
    public void assign(UUID orderId, UUID workerId, Actor actor, String reason) {
        Order order = load(orderId);
        if (order.status() != OrderStatus.AWAITING_ACCEPTANCE) {
            throw DomainException.conflict("booking.order-taken");
        }
        Instant now = clock.instant();
        Order.Moved moved = order.accept(workerId, actor, reason, now);
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
        String name = workers.card(workerId).map(WorkerDirectory.WorkerCard::name).orElse("");
        events.publishEvent(new OrderAccepted(orderId, order.customerId(), workerId, name, order.itemNames(), order.time().start(),
                order.time().end(), order.totalFen(), now));
    }

    @Override
    @Transactional
    public void returnToDispatch(UUID orderId, Actor actor, String reason) {
        Order order = load(orderId);
        UUID former = order.workerId().orElseThrow(() -> DomainException.conflict("booking.order-transition-invalid",
                order.status().label(), OrderStatus.AWAITING_ACCEPTANCE.label()));
        Instant now = clock.instant();
        Order.Moved moved = order.returnToDispatch(actor, reason, now);
        if (!orders.update(moved.order())) {
            throw DomainException.conflict("booking.order-changed");
        }
        calendar.release(orderId);
        jobs.release(orderId);
        orders.record(moved.transition());
        events.publishEvent(new OrderReturnedToDispatch(orderId, order.customerId(), former, actor.kind().name(), reason, now));
    }

    @Override
    @Transactional
    public void noteRejection(UUID orderId, UUID workerId, RejectionReason reason, Optional<String> note) {
        load(orderId);
        orders.noteRejection(orderId, workerId, reason, note, clock.instant());
    }

    @Override
    @Transactional
    public void giveUp(UUID orderId) {
        Order order = load(orderId);
        if (order.status() != OrderStatus.AWAITING_ACCEPTANCE) {
            return;
        }
        Instant now = clock.instant();
        Order.Moved moved = order.cancel(Actor.platform(), "booking.no-worker-found", now);
        if (!orders.update(moved.order())) {
            return;
        }
        orders.record(moved.transition());
        List<Instant> alternatives = alternatives(order, now);
        orders.saveAlternatives(orderId, alternatives);
        events.publishEvent(new OrderUnfilled(orderId, order.customerId(), alternatives, now));
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

    // --- customers ---

    @Override
    @Transactional(readOnly = true)
    public Page<Order> list(UUID customerId, Optional<OrderStatus> status, PageRequest page) {
        return orders.ofCustomer(customerId, status, page);
    }

    @Override
    @Transactional(readOnly = true)
    public OrderDetail detail(UUID customerId, UUID orderId) {
        Order order = orders.find(orderId).filter(o -> o.customerId().equals(customerId))
                .orElseThrow(() -> DomainException.notFound("booking.order-not-found"));
        return new OrderDetail(order, order.workerId().flatMap(workers::card), orders.rejections(orderId), orders.history(orderId),
                orders.alternatives(orderId), orders.discounts(orderId));
    }

    @Override
    @Transactional
    public OrderDetail cancel(UUID customerId, UUID orderId, String reason) {
        Order order = orders.find(orderId).filter(o -> o.customerId().equals(customerId))
                .orElseThrow(() -> DomainException.notFound("booking.order-not-found"));
        if (order.status() != OrderStatus.AWAITING_ACCEPTANCE && order.status() != OrderStatus.AWAITING_PAYMENT
                && order.status() != OrderStatus.PAID) {
            throw DomainException.conflict("booking.order-transition-invalid", order.status().label(), OrderStatus.CANCELLED.label());
        }
        Instant now = clock.instant();
        String why = reason == null || reason.isBlank() ? "客户取消" : reason.strip();
        if (why.length() > 200) {
            throw DomainException.invalid("booking.reason-too-long", 200);
        }
        // The policy the order was placed under decides the fee, whatever the platform's policy is today.
        long fee = order.policy().cancellationFee(order.time().start(), now, order.costFen(), order.progress().paidFen());
        Order.Moved moved = order.cancel(Actor.customer(customerId), why, now);
        if (!orders.update(moved.order())) {
            throw DomainException.conflict("booking.order-changed");
        }
        if (order.workerId().isPresent()) {
            calendar.release(orderId);
            jobs.release(orderId);
        }
        orders.record(moved.transition());
        events.publishEvent(new OrderCancelled(orderId, customerId, order.workerId(), Actor.Kind.CUSTOMER.name(), why,
                order.progress().paidFen(), fee, now));
        return detail(customerId, orderId);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Parties> parties(UUID orderId) {
        Optional<Order> found = orders.find(orderId).filter(o -> o.workerId().isPresent());
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Order order = found.get();
        List<Order.Transition> history = orders.history(orderId);
        Optional<Instant> accepted = history.stream().filter(t -> t.to() == OrderStatus.AWAITING_PAYMENT).map(Order.Transition::at)
                .reduce((first, last) -> last);
        Optional<Instant> ended = history.stream().filter(t -> t.to() == OrderStatus.COMPLETED || t.to() == OrderStatus.CANCELLED)
                .map(Order.Transition::at).findFirst();
        return accepted.map(at -> new Parties(orderId, order.customerId(), order.workerId().get(), at, ended));
    }

    // --- operators ---

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<OrderStatus, Long> counts() {
        return orders.counts();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<OrderLine> byStatus(OrderStatus status, PageRequest page) {
        return orders.byStatus(java.util.EnumSet.of(status), Optional.empty(), page).map(OrderService::line);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<OrderLine> lateToStart(java.time.Duration grace, PageRequest page) {
        return orders.byStatus(java.util.EnumSet.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID),
                Optional.of(clock.instant().minus(grace)), page).map(OrderService::line);
    }

    private static OrderLine line(Order o) {
        return new OrderLine(o.id(), o.status(), o.district().value(), o.itemNames(), o.time().start(), o.time().end(), o.totalFen(),
                o.workerId(), o.createdAt());
    }

    private Order load(UUID orderId) {
        return orders.find(orderId).orElseThrow(() -> DomainException.notFound("booking.order-not-found"));
    }
}
