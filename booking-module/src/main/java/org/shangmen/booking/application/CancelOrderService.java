package org.shangmen.booking.application;

import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.application.port.in.CancelOrder;
import org.shangmen.booking.application.port.out.JobLedger;
import org.shangmen.booking.application.port.out.OrderStore;
import org.shangmen.booking.domain.Order;
import org.shangmen.kernel.DomainException;
import org.shangmen.worker.api.WorkerCalendar;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * C4.3: the customer cancels before the service starts. The policy the order was placed under decides
 * the fee, whatever the platform's policy is today; billing refunds the rest ({@code OrderCancelled}).
 */
public class CancelOrderService implements CancelOrder {

    private final OrderStore orders;
    private final WorkerCalendar calendar;
    private final JobLedger jobs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CancelOrderService(OrderStore orders, WorkerCalendar calendar, JobLedger jobs, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.calendar = calendar;
        this.jobs = jobs;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Cancelled cancel(CancelCommand command) {
        Order order = orders.getForCustomer(command.customerId(), command.orderId());
        if (order.status() != OrderStatus.AWAITING_ACCEPTANCE && order.status() != OrderStatus.AWAITING_PAYMENT
                && order.status() != OrderStatus.PAID) {
            throw DomainException.conflict("booking.order-transition-invalid", order.status().label(), OrderStatus.CANCELLED.label());
        }
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
        return new Cancelled(moved.order(), fee, order.progress().paidFen() - fee);
    }
}
