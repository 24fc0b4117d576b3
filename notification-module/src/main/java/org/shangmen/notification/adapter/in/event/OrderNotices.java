package org.shangmen.notification.adapter.in.event;

import java.util.Map;
import org.shangmen.booking.api.OrderDispatching;
import org.shangmen.booking.api.OrderDispatching.DispatchOrder;
import org.shangmen.booking.api.event.OrderAccepted;
import org.shangmen.booking.api.event.OrderUnfilled;
import org.shangmen.dispatch.api.event.OffersMade;
import org.shangmen.dispatch.api.event.OfferRejected;
import org.shangmen.notification.application.port.in.Notify;
import org.shangmen.notification.application.port.in.Notify.NoticeRequest;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeTemplate;
import org.shangmen.worker.api.WorkerDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Orders and offers, told to the people concerned (C5.1): a worker hears of an offer, the customer of
 * the acceptance, of a worker's refusal with its reason, and that nobody was found. Each dedupe key
 * names the event, so a redelivered event makes no second notice.
 */
@Component
class OrderNotices {

    private final Notify notify;
    private final OrderDispatching orders;
    private final WorkerDirectory workers;

    OrderNotices(Notify notify, OrderDispatching orders, WorkerDirectory workers) {
        this.notify = notify;
        this.orders = orders;
        this.workers = workers;
    }

    @ApplicationModuleListener
    void on(OffersMade made) {
        DispatchOrder order = orders.order(made.orderId());
        Map<String, String> parameters = Map.of("itemName", String.join("、", order.itemNames()),
                "serviceTime", WorkerNotices.LOCAL_TIME.format(order.time().start()), "district", order.district().value());
        // One read of the order and one write for every worker the rung reached.
        notify.notifyAll(made.offers().stream().map(o -> NoticeRequest.of("OfferMade:" + o.offerId(), o.workerId(),
                NoticeTemplate.OFFER_RECEIVED, parameters, new Notice.Subject("OFFER", o.offerId().toString()))).toList());
    }

    @ApplicationModuleListener
    void on(OrderAccepted accepted) {
        notify.notify(NoticeRequest.of("OrderAccepted:" + accepted.orderId() + ":" + accepted.at().toEpochMilli(), accepted.customerId(),
                NoticeTemplate.ORDER_ACCEPTED, Map.of("workerName", accepted.workerName()),
                new Notice.Subject("ORDER", accepted.orderId().toString())));
    }

    @ApplicationModuleListener
    void on(OfferRejected rejected) {
        if (orders.standsInForPlacement(rejected.orderId())) {
            return; // a placement's leave days: the customer hears who serves them, or of the gap, not of each refusal
        }
        String name = workers.card(rejected.workerId()).map(WorkerDirectory.WorkerCard::name).filter(n -> !n.isBlank()).orElse("家政人员");
        notify.notify(NoticeRequest.of("OfferRejected:" + rejected.orderId() + ":" + rejected.workerId(), rejected.customerId(),
                NoticeTemplate.OFFER_REJECTED, Map.of("workerName", name,
                        "reason", rejected.reasonLabel() + rejected.note().map(n -> "(" + n + ")").orElse("")),
                new Notice.Subject("ORDER", rejected.orderId().toString())));
    }

    @ApplicationModuleListener
    void on(OrderUnfilled unfilled) {
        DispatchOrder order = orders.order(unfilled.orderId());
        notify.notify(NoticeRequest.of("OrderUnfilled:" + unfilled.orderId(), unfilled.customerId(), NoticeTemplate.NO_WORKER_FOUND,
                Map.of("itemName", String.join("、", order.itemNames())), new Notice.Subject("ORDER", unfilled.orderId().toString())));
    }
}
