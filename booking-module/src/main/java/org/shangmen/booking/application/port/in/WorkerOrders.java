package org.shangmen.booking.application.port.in;

import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.application.port.in.VisitOrder.Visit;
import org.shangmen.booking.domain.Order;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** C4.1 for workers: the orders a worker took, and one of them as the worker sees it. */
public interface WorkerOrders {

    /** The worker's orders, newest appointment first, optionally of one status. */
    Page<Order> list(UUID workerId, Optional<OrderStatus> status, PageRequest page);

    /** The worker's order; {@code booking.order-not-found} for anyone else's. */
    WorkerView detail(UUID workerId, UUID orderId);

    /** What the worker sees of an order: after acceptance, the door number and the customer's contact. */
    record WorkerView(Order order, Optional<String> customerPhone, Visit visit) {
    }
}
