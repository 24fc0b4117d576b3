package org.shangmen.dispatch;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.shangmen.booking.api.event.AddOnApproved;
import org.shangmen.booking.api.event.OrderCancelled;
import org.shangmen.booking.api.event.OrderCompleted;
import org.shangmen.booking.api.event.OrderPaid;
import org.shangmen.booking.api.event.OrderRescheduled;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The money-bearing order events as they are published, for journeys to check what billing will hear. */
@Component
class OrderEventLog {

    final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(OrderPaid e) {
        events.add(e);
    }

    @EventListener
    void on(OrderCancelled e) {
        events.add(e);
    }

    @EventListener
    void on(OrderCompleted e) {
        events.add(e);
    }

    @EventListener
    void on(AddOnApproved e) {
        events.add(e);
    }

    @EventListener
    void on(OrderRescheduled e) {
        events.add(e);
    }

    <T> List<T> of(Class<T> type, java.util.UUID orderId) {
        return events.stream().filter(type::isInstance).map(type::cast).filter(e -> orderOf(e).equals(orderId)).toList();
    }

    private static java.util.UUID orderOf(Object e) {
        return switch (e) {
            case OrderPaid p -> p.orderId();
            case OrderCancelled c -> c.orderId();
            case OrderCompleted c -> c.orderId();
            case AddOnApproved a -> a.orderId();
            case OrderRescheduled r -> r.orderId();
            default -> throw new IllegalArgumentException();
        };
    }
}
