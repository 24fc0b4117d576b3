package org.shangmen.booking.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.OrderFacts;
import org.shangmen.booking.api.OrderOverview;
import org.shangmen.booking.api.OrderParties;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.booking.application.port.out.OrderStore;
import org.shangmen.booking.domain.Order;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** Reads of orders for other modules: operators' board by stage (A3.1), who an order brings together (W3.2), an order's facts (A2.1). */
public class OrderOverviewService implements OrderOverview, OrderParties, OrderFacts {

    private final OrderStore orders;
    private final Clock clock;

    public OrderOverviewService(OrderStore orders, Clock clock) {
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<OrderStatus, Long> counts() {
        return orders.counts();
    }

    @Override
    @Transactional(readOnly = true)
    public Page<OrderLine> byStatus(OrderStatus status, PageRequest page) {
        return orders.byStatus(EnumSet.of(status), Optional.empty(), page).map(OrderOverviewService::line);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<OrderLine> lateToStart(Duration grace, PageRequest page) {
        return orders.byStatus(EnumSet.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.PAID), Optional.of(clock.instant().minus(grace)), page)
                .map(OrderOverviewService::line);
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

    @Override
    @Transactional(readOnly = true)
    public Optional<Fact> fact(UUID orderId) {
        return orders.find(orderId).map(o -> new Fact(o.id(), o.customerId(), o.workerId(), o.status(), o.time().start(),
                o.status() == OrderStatus.COMPLETED ? orders.history(orderId).stream().filter(t -> t.to() == OrderStatus.COMPLETED)
                        .map(Order.Transition::at).findFirst() : Optional.empty(),
                o.lines().stream().map(QuotedItem::itemCode).distinct().toList(), o.itemNames(), o.district().value(), o.costFen()));
    }

    private static OrderLine line(Order o) {
        return new OrderLine(o.id(), o.status(), o.district().value(), o.itemNames(), o.time().start(), o.time().end(), o.totalFen(),
                o.workerId(), o.createdAt());
    }
}
