package org.shangmen.booking.application.port.in;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.OrderDiscounts;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.application.port.out.OrderStore.Rejection;
import org.shangmen.booking.domain.Order;
import org.shangmen.booking.domain.Order.Transition;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.api.WorkerDirectory.WorkerCard;

/** C4.1: a customer's own orders, listed and opened. */
public interface CustomerOrders {

    /** The customer's orders, newest first, each with the public card of the worker holding it. */
    Page<OrderRow> list(UUID customerId, Optional<OrderStatus> status, PageRequest page);

    record OrderRow(Order order, Optional<WorkerCard> worker) {
    }

    /** The customer's order; {@code booking.order-not-found} for anyone else's. */
    OrderDetail detail(UUID customerId, UUID orderId);

    /**
     * @param worker       the worker's public card, once a worker took the order
     * @param alternatives other start times offered when nobody took the order
     * @param discounts    the promotions and coupon the order was placed with
     */
    record OrderDetail(Order order, Optional<WorkerCard> worker, List<Rejection> rejections, List<Transition> history,
                       List<Instant> alternatives, List<OrderDiscounts.Discount> discounts) {
    }
}
