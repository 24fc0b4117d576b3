package org.shangmen.dispatch.adapter.in.event;

import org.shangmen.booking.api.event.OrderCancelled;
import org.shangmen.booking.api.event.OrderReturnedToDispatch;
import org.shangmen.booking.api.event.OrderSubmitted;
import org.shangmen.dispatch.application.port.in.StartDispatch;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Booking's order events, after their transaction committed. Deliberately without a surrounding
 * transaction: each dispatch step runs in its own, so that a conflict on one rung (a worker booked
 * meanwhile) does not undo the opened case. The event publication registry redelivers an event whose
 * handling did not finish; every handler is idempotent.
 */
@Component
class OrderEvents {

    private final StartDispatch dispatch;

    OrderEvents(StartDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @Async
    @TransactionalEventListener
    void on(OrderSubmitted event) {
        dispatch.start(event.orderId());
    }

    @Async
    @TransactionalEventListener
    void on(OrderReturnedToDispatch event) {
        dispatch.reopen(event.orderId(), event.formerWorkerId());
    }

    @Async
    @TransactionalEventListener
    void on(org.shangmen.booking.api.event.OrderRescheduled event) {
        dispatch.rescheduled(event.orderId(), event.startsAt(), event.endsAt());
    }

    @Async
    @TransactionalEventListener
    void on(OrderCancelled event) {
        dispatch.cancelled(event.orderId());
    }
}
