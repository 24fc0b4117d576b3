package org.shangmen.booking.adapter.in.event;

import org.shangmen.booking.application.port.in.series.HandOverSeries;
import org.shangmen.worker.api.event.WorkerPenalized;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** A worker suspended or removed: their recurring customers' series are handed to dispatch. Redelivered until handled; idempotent. */
@Component
class WorkerStanding {

    private final HandOverSeries series;

    WorkerStanding(HandOverSeries series) {
        this.series = series;
    }

    @Async
    @TransactionalEventListener
    void on(WorkerPenalized event) {
        if ("SUSPENSION".equals(event.kind()) || "REMOVAL".equals(event.kind())) {
            series.workerUnavailable(event.workerId());
        }
    }
}
