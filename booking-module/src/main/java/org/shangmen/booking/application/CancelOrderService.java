package org.shangmen.booking.application;

import org.shangmen.booking.application.port.in.CancelOrder;
import org.shangmen.booking.application.port.out.ChangeRequestStore;
import org.shangmen.booking.application.port.out.JobLedger;
import org.shangmen.booking.application.port.out.OrderStore;
import org.shangmen.booking.domain.Order;
import org.shangmen.worker.api.WorkerCalendar;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * C4.3: the customer cancels before the service starts. The policy the order was placed under decides
 * the fee, whatever the platform's policy is today; billing refunds the rest ({@code OrderCancelled}).
 */
public class CancelOrderService implements CancelOrder {

    static final String CLOSED_NOTE = "订单已取消";

    private final OrderStore orders;
    private final ChangeRequestStore changes;
    private final WorkerCalendar calendar;
    private final JobLedger jobs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CancelOrderService(OrderStore orders, ChangeRequestStore changes, WorkerCalendar calendar, JobLedger jobs,
                              ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.changes = changes;
        this.calendar = calendar;
        this.jobs = jobs;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Cancelled cancel(CancelCommand command) {
        Order order = orders.getForCustomer(command.customerId(), command.orderId());
        Instant now = clock.instant();
        long fee = order.cancellationFeeFen(now);
        Order.Moved moved = order.cancelByCustomer(command.reason(), now);
        orders.save(moved.order());
        if (order.workerId().isPresent()) {
            calendar.release(order.id());
            jobs.release(order.id());
        }
        orders.record(moved.transition());
        moved.events().forEach(events::publishEvent);
        changes.closeOpen(moved.order(), CLOSED_NOTE, now).forEach(events::publishEvent);
        return new Cancelled(moved.order(), fee, order.progress().paidFen() - fee);
    }

    @Override
    @Transactional(readOnly = true)
    public Preview preview(UUID customerId, UUID orderId) {
        Order order = orders.getForCustomer(customerId, orderId);
        long paid = order.progress().paidFen();
        if (!order.cancellableByCustomer()) {
            return new Preview(orderId, false, paid, 0, 0, order.freeCancelUntil());
        }
        long fee = order.cancellationFeeFen(clock.instant());
        return new Preview(orderId, true, paid, fee, paid - fee, order.freeCancelUntil());
    }
}
