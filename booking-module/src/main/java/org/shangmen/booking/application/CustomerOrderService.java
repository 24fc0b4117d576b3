package org.shangmen.booking.application;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.booking.api.event.OrderViewed;
import org.shangmen.booking.application.port.in.CustomerOrders;
import org.shangmen.booking.application.port.out.OrderStore;
import org.shangmen.booking.domain.Order;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.api.WorkerDirectory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * C4.1: a customer's own orders, with the worker's public card, the refusals, the history and the discounts. Opening
 * an order's detail publishes an {@link OrderViewed} (a plain event: no publication is kept for it).
 */
public class CustomerOrderService implements CustomerOrders {

    private final OrderStore orders;
    private final WorkerDirectory workers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CustomerOrderService(OrderStore orders, WorkerDirectory workers, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.workers = workers;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<OrderRow> list(UUID customerId, Optional<OrderStatus> status, PageRequest page) {
        Page<Order> found = orders.ofCustomer(customerId, status, page);
        Map<UUID, WorkerDirectory.WorkerCard> cards = workers.cards(found.items().stream().flatMap(o -> o.workerId().stream())
                .collect(Collectors.toSet()));
        return found.map(o -> new OrderRow(o, o.workerId().map(cards::get)));
    }

    @Override
    @Transactional(readOnly = true)
    public OrderDetail detail(UUID customerId, UUID orderId) {
        Order order = orders.getForCustomer(customerId, orderId);
        events.publishEvent(new OrderViewed(Ids.newId(clock), orderId, customerId,
                order.lines().stream().map(QuotedItem::itemCode).distinct().toList(), order.district().value(), clock.instant()));
        OrderStore.OrderRecord record = orders.detailOf(orderId);
        return new OrderDetail(order, order.workerId().flatMap(workers::card), record.rejections(), record.history(),
                record.alternatives(), record.discounts());
    }
}
