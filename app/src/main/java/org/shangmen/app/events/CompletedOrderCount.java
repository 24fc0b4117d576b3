package org.shangmen.app.events;

import org.shangmen.booking.api.event.OrderCompleted;
import org.shangmen.worker.api.WorkerRatings;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A completed order counts in its worker's public {@code completedOrders}. The worker module sits below
 * booking and may not hear its events, so the count is handed down here, after the order's commit and
 * retried from the event registry like any listener; the worker module counts each order once.
 */
@Component
class CompletedOrderCount {

    private final WorkerRatings workers;

    CompletedOrderCount(WorkerRatings workers) {
        this.workers = workers;
    }

    @ApplicationModuleListener
    void on(OrderCompleted completed) {
        workers.orderCompleted(completed.workerId(), completed.orderId(), completed.at());
    }
}
