package org.shangmen.notification.adapter.out.booking;

import java.util.Optional;
import java.util.UUID;
import org.shangmen.worker.api.WorkerDirectory;
import org.shangmen.booking.api.OrderParties;
import org.shangmen.notification.application.port.out.OrderConversations;
import org.springframework.stereotype.Component;

/** The parties of an order as the booking module knows them; a worker's id is its account id. */
@Component
class BookingOrderConversations implements OrderConversations {

    private final OrderParties orders;
    private final WorkerDirectory workers;

    BookingOrderConversations(OrderParties orders, WorkerDirectory workers) {
        this.orders = orders;
        this.workers = workers;
    }

    @Override
    public Optional<String> workerName(UUID workerAccountId) {
        return workers.card(workerAccountId).map(WorkerDirectory.WorkerCard::name).filter(name -> !name.isBlank());
    }

    @Override
    public Optional<OrderParticipants> participants(UUID orderId) {
        return orders.parties(orderId).map(p -> new OrderParticipants(p.orderId(), p.customerId(), p.workerId(), p.acceptedAt(),
                p.endedAt()));
    }
}
