package org.shangmen.booking.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.Actor;
import org.shangmen.booking.api.OrderChangeConsent;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.application.port.in.ChangeOrder;
import org.shangmen.booking.application.port.out.ChangeRequestStore;
import org.shangmen.booking.application.port.out.JobLedger;
import org.shangmen.booking.application.port.out.OrderStore;
import org.shangmen.booking.domain.ChangeRequest;
import org.shangmen.booking.domain.Order;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.TimeRange;
import org.shangmen.worker.api.WorkerCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * C4.3 and W2.3: moving an accepted order's time (by the customer, or by a worker's request an
 * operator reviewed and the customer consented to) and asking for another worker. The worker's
 * calendar and booking's job ledger move in the same transaction as the order.
 */
public class ChangeOrderService implements ChangeOrder, OrderChangeConsent {

    /** How many requests the operators' queue shows at once. */
    static final int REVIEW_QUEUE = 100;
    /** Why a request closed when its order went back to dispatch. */
    static final String RETURNED_NOTE = "订单已改派";

    private final OrderStore orders;
    private final ChangeRequestStore changes;
    private final WorkerAvailability availability;
    private final WorkerCalendar calendar;
    private final JobLedger jobs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ChangeOrderService(OrderStore orders, ChangeRequestStore changes, WorkerAvailability availability, WorkerCalendar calendar,
                              JobLedger jobs, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.changes = changes;
        this.availability = availability;
        this.calendar = calendar;
        this.jobs = jobs;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Order reschedule(RescheduleCommand command) {
        Order order = orders.getForCustomer(command.customerId(), command.orderId());
        Instant now = clock.instant();
        SlotRulesCheck.requireNotice(availability.rules(), now, command.start(), false);
        if (order.workerId().isPresent() && !now.isBefore(order.time().start().minus(order.policy().freeCancelBefore()))) {
            throw DomainException.conflict("booking.change-too-late");
        }
        TimeRange time = TimeRange.of(command.start(), order.time().duration());
        Order.Moved moved = order.reschedule(time, Actor.customer(command.customerId()), "客户改期", now);
        orders.save(moved.order());
        moveWorkerTime(order, time);
        orders.record(moved.transition());
        moved.events().forEach(events::publishEvent);
        return moved.order();
    }

    @Override
    @Transactional
    public Order anotherWorker(AnotherWorkerCommand command) {
        Order order = orders.getForCustomer(command.customerId(), command.orderId());
        if (order.workerId().isEmpty()) {
            throw DomainException.conflict("booking.order-transition-invalid", order.status().label(),
                    OrderStatus.AWAITING_ACCEPTANCE.label());
        }
        Instant now = clock.instant();
        Order.Moved moved = order.returnToDispatch(Actor.customer(command.customerId()), command.reason(), now);
        orders.save(moved.order());
        calendar.release(order.id());
        jobs.release(order.id());
        orders.record(moved.transition());
        moved.events().forEach(events::publishEvent);
        changes.closeOpen(moved.order(), RETURNED_NOTE, now).forEach(events::publishEvent);
        return moved.order();
    }

    @Override
    @Transactional
    public ChangeRequest requestChange(RequestChangeCommand command) {
        Order order = orders.getForWorker(command.workerId(), command.orderId());
        Instant now = clock.instant();
        if (order.status() == OrderStatus.AWAITING_PAYMENT || order.status() == OrderStatus.PAID) {
            Instant windowEnds = order.time().start().minus(order.policy().workerChangeBefore());
            if (now.isBefore(windowEnds)) {
                SlotRulesCheck.requireNotice(availability.rules(), now, command.proposedStart(), false);
            }
        }
        boolean anotherOpen = changes.ofOrder(order.id()).stream().anyMatch(ChangeRequest::isOpen);
        ChangeRequest.Decision proposed = ChangeRequest.propose(order, Ids.newId(clock), command.proposedStart(), command.reason(),
                anotherOpen, now);
        changes.add(proposed.request());
        proposed.events().forEach(events::publishEvent);
        return proposed.request();
    }

    @Override
    @Transactional
    public ChangeRequest review(ReviewChangeCommand command) {
        ChangeRequest request = changes.find(command.requestId()).orElseThrow(() -> DomainException.notFound("booking.change-not-found"));
        Order order = orders.get(request.orderId());
        ChangeRequest.Decision decision = request.review(order, command.operatorId(), command.approve(), command.note(), clock.instant());
        if (!changes.apply(decision)) {
            throw DomainException.conflict("booking.change-not-awaiting-review");
        }
        decision.events().forEach(events::publishEvent);
        return changes.find(request.id()).orElseThrow();
    }

    @Override
    @Transactional
    public ChangeRequest answer(AnswerChangeCommand command) {
        Order order = orders.getForCustomer(command.customerId(), command.orderId());
        ChangeRequest request = changes.find(command.requestId()).filter(r -> r.orderId().equals(order.id()))
                .orElseThrow(() -> DomainException.notFound("booking.change-not-found"));
        Instant now = clock.instant();
        ChangeRequest.Decision decision = request.answer(order, command.consent(), now);
        if (command.consent()) {
            TimeRange time = TimeRange.of(request.proposedStart(), order.time().duration());
            Order.Moved moved = order.reschedule(time, Actor.customer(command.customerId()), "WORKER",
                    "同意家政人员改期:" + request.reason(), now);
            orders.save(moved.order());
            moveWorkerTime(order, time);
            orders.record(moved.transition());
            apply(decision);
            moved.events().forEach(events::publishEvent);
        } else {
            apply(decision);
        }
        return changes.find(request.id()).orElseThrow();
    }

    @Override
    @Transactional
    public void answer(UUID customerId, UUID orderId, UUID requestId, boolean consent) {
        answer(new AnswerChangeCommand(customerId, orderId, requestId, consent));
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChangeRequest> awaitingReview() {
        return changes.awaitingReview(REVIEW_QUEUE);
    }

    /** Stores the customer's answer and publishes it ahead of the order's own events. */
    private void apply(ChangeRequest.Decision decision) {
        if (!changes.apply(decision)) {
            throw DomainException.conflict("booking.change-not-awaiting-customer");
        }
        decision.events().forEach(events::publishEvent);
    }

    /** Frees the worker's old time and books the new one; refused when the worker is not free then. */
    private void moveWorkerTime(Order order, TimeRange time) {
        if (order.workerId().isEmpty()) {
            if (availability.free(order.needs(), order.district(), time, Optional.empty()).isEmpty()) {
                throw DomainException.conflict("booking.slot-gone");
            }
            return;
        }
        UUID worker = order.workerId().get();
        calendar.release(order.id());
        jobs.release(order.id());
        if (availability.free(order.needs(), order.district(), time, Optional.of(worker)).isEmpty()) {
            throw DomainException.conflict("booking.worker-unavailable");
        }
        calendar.book(worker, order.id(), time);
        jobs.hold(order.id(), worker, time);
    }
}
