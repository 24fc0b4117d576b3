package org.shangmen.booking.application;

import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.application.port.in.VisitOrder;
import org.shangmen.booking.application.port.in.WorkerOrders;
import org.shangmen.booking.application.port.out.OrderStore;
import org.shangmen.booking.domain.Order;
import org.shangmen.identity.api.AccountDirectory;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** C4.1 for workers: their orders, and one with the customer's masked contact and the visit so far. */
public class WorkerOrderService implements WorkerOrders {

    private final OrderStore orders;
    private final VisitOrder visits;
    private final AccountDirectory accounts;

    public WorkerOrderService(OrderStore orders, VisitOrder visits, AccountDirectory accounts) {
        this.orders = orders;
        this.visits = visits;
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Order> list(UUID workerId, Optional<OrderStatus> status, PageRequest page) {
        return orders.ofWorker(workerId, status, page);
    }

    @Override
    @Transactional(readOnly = true)
    public WorkerView detail(UUID workerId, UUID orderId) {
        Order order = orders.getForWorker(workerId, orderId);
        return new WorkerView(order, accounts.find(order.customerId()).map(AccountDirectory.AccountSummary::maskedPhone),
                visits.visit(workerId, false, orderId));
    }
}
