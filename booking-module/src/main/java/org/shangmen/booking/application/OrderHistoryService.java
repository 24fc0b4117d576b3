package org.shangmen.booking.application;

import java.util.EnumSet;
import java.util.Optional;
import org.shangmen.booking.api.OrderHistory;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.booking.api.event.QuoteMade;
import org.shangmen.booking.application.port.out.OrderStore;
import org.shangmen.booking.application.port.out.QuoteLog;
import org.shangmen.booking.application.port.out.ReviewStore;
import org.shangmen.booking.domain.Order;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** Orders with their transitions and reviews, and the quotes made, for readers that rebuild their own view of them. */
public class OrderHistoryService implements OrderHistory {

    private final OrderStore orders;
    private final ReviewStore reviews;
    private final QuoteLog quotes;

    public OrderHistoryService(OrderStore orders, ReviewStore reviews, QuoteLog quotes) {
        this.orders = orders;
        this.reviews = reviews;
        this.quotes = quotes;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<QuoteMade> quotes(PageRequest page) {
        return quotes.all(page);
    }

    @Override
    @Transactional(readOnly = true)
    public Page<OrderRecord> orders(PageRequest page) {
        Page<Order> found = orders.byStatus(EnumSet.allOf(OrderStatus.class), Optional.empty(), page);
        return new Page<>(found.items().stream().map(this::record).toList(), found.page(), found.size(), found.total());
    }

    private OrderRecord record(Order o) {
        var steps = orders.history(o.id()).stream()
                .map(t -> new Step(t.to().name(), t.actor().kind().name(), t.reason(), t.at())).toList();
        var review = reviews.find(o.id()).map(r -> new ReviewRecord(r.attitude(), r.skill(), r.efficiency(), r.punctuality(), r.overall(),
                r.text(), r.hidden(), r.createdAt(), r.updatedAt()));
        return new OrderRecord(o.id(), o.customerId(), o.workerId(), o.district().value(),
                o.lines().stream().map(QuotedItem::itemCode).distinct().toList(), o.time().start(), o.totalFen(), o.discountFen(),
                o.progress().addOnsFen(), o.progress().paidFen(), steps, review);
    }
}
