package org.shangmen.booking.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.shangmen.booking.api.Actor;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.booking.application.port.in.ExpireUnpaidOrders;
import org.shangmen.booking.application.port.out.ChangeRequestStore;
import org.shangmen.booking.application.port.out.JobLedger;
import org.shangmen.booking.application.port.out.OrderStore;
import org.shangmen.booking.domain.Order;
import org.shangmen.kernel.DomainException;
import org.shangmen.worker.api.WorkerCalendar;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * C4.2, the payment window: what a customer owes, recording a payment (the first makes the order
 * paid, a later one settles approved add-ons), and the sweep that cancels accepted orders left unpaid.
 */
public class PayOrderService implements OrderPayments, ExpireUnpaidOrders {

    static final int EXPIRY_BATCH = 100;

    private final OrderStore orders;
    private final ChangeRequestStore changes;
    private final WorkerCalendar calendar;
    private final JobLedger jobs;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    public PayOrderService(OrderStore orders, ChangeRequestStore changes, WorkerCalendar calendar, JobLedger jobs,
                           ApplicationEventPublisher events, PlatformTransactionManager transactions, Clock clock) {
        this.orders = orders;
        this.changes = changes;
        this.calendar = calendar;
        this.jobs = jobs;
        this.events = events;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PayableOrder payable(UUID orderId) {
        Order o = orders.get(orderId);
        return new PayableOrder(o.id(), o.customerId(), o.status(), o.totalFen(), o.progress().addOnsFen(), o.progress().paidFen(),
                o.status() == OrderStatus.CANCELLED || o.status() == OrderStatus.AWAITING_ACCEPTANCE ? 0 : o.amountDueFen(),
                o.progress().paymentDeadline(), o.workerId(), o.lines().stream().map(QuotedItem::itemCode).toList(), o.district().value(),
                o.itemNames());
    }

    @Override
    @Transactional
    public void markPaid(UUID orderId, String paymentReference, long amountFen) {
        if (paymentReference == null || paymentReference.isBlank() || paymentReference.length() > 64 || amountFen <= 0) {
            throw DomainException.invalid("booking.payment-reference-invalid");
        }
        Instant now = clock.instant();
        if (!orders.recordPayment(paymentReference, orderId, amountFen, now)) {
            return;
        }
        Order order = orders.get(orderId);
        if (order.status() == OrderStatus.AWAITING_PAYMENT) {
            Order.Moved moved = order.pay(amountFen, paymentReference, now);
            orders.save(moved.order());
            orders.record(moved.transition());
            moved.events().forEach(events::publishEvent);
        } else {
            Order.Settled settled = order.payAddOns(amountFen, paymentReference, now);
            orders.save(settled.order());
            events.publishEvent(settled.event());
        }
    }

    @Override
    public int expireUnpaid() {
        int expired = 0;
        List<UUID> overdue = ownTransaction.execute(s -> orders.overdue(clock.instant(), EXPIRY_BATCH));
        for (UUID orderId : overdue) {
            if (Boolean.TRUE.equals(ownTransaction.execute(s -> expireOne(orderId)))) {
                expired++;
            }
        }
        return expired;
    }

    /** One overdue order, in its own transaction. */
    private boolean expireOne(UUID orderId) {
        Order order = orders.get(orderId);
        Instant now = clock.instant();
        if (order.status() != OrderStatus.AWAITING_PAYMENT || order.progress().paymentDeadline().isEmpty()
                || order.progress().paymentDeadline().get().isAfter(now)) {
            return false;
        }
        Order.Moved moved = order.cancel(Actor.platform(), "booking.payment-overdue", now);
        if (!orders.update(moved.order())) {
            return false;
        }
        calendar.release(orderId);
        jobs.release(orderId);
        orders.record(moved.transition());
        moved.events().forEach(events::publishEvent);
        changes.closeOpen(moved.order(), CancelOrderService.CLOSED_NOTE, now).forEach(events::publishEvent);
        return true;
    }
}
