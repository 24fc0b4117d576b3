package org.shangmen.dispatch.adapter.in.event;

import org.shangmen.booking.api.event.PlacementSubstituteSought;
import org.shangmen.dispatch.application.port.in.StartDispatch;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * C2.4 a placement's leave days needing a substitute climb the same ladder as an order: booking shows the
 * request to dispatch through {@code OrderDispatching} under the request's id, so the case opens, offers
 * go out rung by rung, a worker grabs it with the ordinary offer endpoints, and nobody taking it gives up
 * as for an order. Like the order events, without a surrounding transaction and idempotent.
 */
@Component
class PlacementEvents {

    private final StartDispatch dispatch;

    PlacementEvents(StartDispatch dispatch) {
        this.dispatch = dispatch;
    }

    @Async
    @TransactionalEventListener
    void on(PlacementSubstituteSought event) {
        dispatch.start(event.requestId());
    }
}
