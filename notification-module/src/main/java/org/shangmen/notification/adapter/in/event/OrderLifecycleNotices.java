package org.shangmen.notification.adapter.in.event;

import java.util.Map;
import java.util.Optional;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.booking.api.event.OrderCancelled;
import org.shangmen.booking.api.event.OrderCompleted;
import org.shangmen.booking.api.event.OrderPaid;
import org.shangmen.booking.api.event.OrderReturnedToDispatch;
import org.shangmen.booking.api.event.TimeChangeClosed;
import org.shangmen.booking.api.event.TimeChangeDecided;
import org.shangmen.booking.api.event.TimeChangeReviewed;
import org.shangmen.kernel.Money;
import org.shangmen.notification.application.port.in.Notify;
import org.shangmen.notification.application.port.in.Notify.NoticeRequest;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeAction;
import org.shangmen.notification.domain.NoticeTemplate;
import org.shangmen.worker.api.WorkerDirectory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The order after acceptance, told to its people (C5.1): payment, a time change to confirm (with the
 * action to answer it from the notice) and its outcome, completion with a review reminder.
 */
@Component
class OrderLifecycleNotices {

    /** The action a customer takes on a reviewed time change, answered through booking's api. */
    static final String CONFIRM_TIME_CHANGE = "CONFIRM_TIME_CHANGE";
    static final String PLATFORM_CONTACT = "平台客服 400-000-0000";

    private final Notify notify;
    private final OrderPayments orders;
    private final WorkerDirectory workers;

    OrderLifecycleNotices(Notify notify, OrderPayments orders, WorkerDirectory workers) {
        this.notify = notify;
        this.orders = orders;
        this.workers = workers;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        notify.notify(NoticeRequest.of("OrderPaid:" + paid.paymentReference(), paid.customerId(), NoticeTemplate.PAYMENT_SUCCEEDED,
                Map.of("itemName", orders.payable(paid.orderId()).description(), "amount", Money.ofFen(paid.amountFen()).toString()),
                subject(paid.orderId())));
    }

    @ApplicationModuleListener
    void on(TimeChangeReviewed reviewed) {
        String item = orders.payable(reviewed.orderId()).description();
        notify.notify(new NoticeRequest("TimeChangeReviewed:" + reviewed.requestId(), reviewed.customerId(),
                NoticeTemplate.RESCHEDULE_REQUESTED, Map.of("workerName", name(reviewed.workerId()), "itemName", item,
                        "newTime", WorkerNotices.LOCAL_TIME.format(reviewed.proposedStart()), "reason",
                        reviewed.reason() == null || reviewed.reason().isBlank() ? "未说明" : reviewed.reason(),
                        "requestId", reviewed.requestId().toString()),
                Optional.of(subject(reviewed.orderId())), Optional.of(NoticeAction.pending(CONFIRM_TIME_CHANGE,
                        Optional.of(reviewed.answerBy())))));
    }

    @ApplicationModuleListener
    void on(TimeChangeDecided decided) {
        notify.settleAction(decided.customerId(), subject(decided.orderId()), CONFIRM_TIME_CHANGE, NoticeAction.State.DONE);
        String item = orders.payable(decided.orderId()).description();
        if (decided.applied()) {
            String when = WorkerNotices.LOCAL_TIME.format(decided.newStart().orElseThrow());
            for (var recipient : java.util.List.of(decided.customerId(), decided.workerId())) {
                notify.notify(NoticeRequest.of("TimeChangeApplied:" + decided.requestId() + ":" + recipient, recipient,
                        NoticeTemplate.RESCHEDULE_APPROVED, Map.of("itemName", item, "newTime", when, "contact", PLATFORM_CONTACT),
                        subject(decided.orderId())));
            }
        } else {
            notify.notify(NoticeRequest.of("TimeChangeRefused:" + decided.requestId(), decided.workerId(), NoticeTemplate.RESCHEDULE_REFUSED,
                    Map.of("itemName", item, "serviceTime", "原定时间"), subject(decided.orderId())));
        }
    }

    @ApplicationModuleListener
    void on(org.shangmen.booking.api.event.WorkerOnTheWay onTheWay) {
        notify.notify(NoticeRequest.of("WorkerOnTheWay:" + onTheWay.orderId() + ":" + onTheWay.at().toEpochMilli(), onTheWay.customerId(),
                NoticeTemplate.WORKER_ON_THE_WAY, Map.of("workerName", name(onTheWay.workerId()),
                        "arrivalTime", WorkerNotices.LOCAL_TIME.format(onTheWay.arrivalAt())), subject(onTheWay.orderId())));
    }

    @ApplicationModuleListener
    void on(org.shangmen.booking.api.event.OrderCheckedIn checkedIn) {
        notify.notify(NoticeRequest.of("OrderCheckedIn:" + checkedIn.orderId(), checkedIn.customerId(), NoticeTemplate.WORKER_CHECKED_IN,
                Map.of("workerName", name(checkedIn.workerId()), "itemName", checkedIn.itemNames()), subject(checkedIn.orderId())));
    }

    /** The customer moved the time: the worker hears the new one. */
    @ApplicationModuleListener
    void on(org.shangmen.booking.api.event.OrderRescheduled rescheduled) {
        if (!"CUSTOMER".equals(rescheduled.requestedBy()) || rescheduled.workerId().isEmpty()) {
            return;
        }
        notify.notify(NoticeRequest.of("OrderRescheduled:" + rescheduled.orderId() + ":" + rescheduled.at().toEpochMilli(),
                rescheduled.workerId().get(), NoticeTemplate.RESCHEDULED_BY_CUSTOMER, Map.of("itemName",
                        orders.payable(rescheduled.orderId()).description(), "newTime", WorkerNotices.LOCAL_TIME.format(rescheduled.startsAt()),
                        "contact", PLATFORM_CONTACT), subject(rescheduled.orderId())));
    }

    @ApplicationModuleListener
    void on(OrderCompleted completed) {
        String item = orders.payable(completed.orderId()).description();
        notify.notify(NoticeRequest.of("OrderCompleted:" + completed.orderId(), completed.customerId(), NoticeTemplate.SERVICE_COMPLETED,
                Map.of("itemName", item), subject(completed.orderId())));
        notify.notify(NoticeRequest.of("ReviewReminder:" + completed.orderId(), completed.customerId(), NoticeTemplate.REVIEW_REMINDER,
                Map.of("workerName", name(completed.workerId()), "itemName", item), subject(completed.orderId())));
    }

    /** A worker's pending time change closed with its order: the customer's confirmation is no longer asked for. */
    @ApplicationModuleListener
    void on(TimeChangeClosed closed) {
        notify.settleAction(closed.customerId(), subject(closed.orderId()), CONFIRM_TIME_CHANGE, NoticeAction.State.EXPIRED);
    }

    /** The worker of an order the customer or the platform cancelled hears that the time is free again. */
    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        if (cancelled.workerId().isEmpty()) {
            return;
        }
        var order = orders.payable(cancelled.orderId());
        notify.notify(NoticeRequest.of("OrderCancelled:" + cancelled.orderId() + ":" + cancelled.workerId().get(),
                cancelled.workerId().get(), NoticeTemplate.ORDER_CANCELLED_FOR_WORKER, Map.of("itemName", order.description()),
                subject(cancelled.orderId())));
    }

    /** The worker a customer replaced ("another worker") hears that the order is no longer theirs. */
    @ApplicationModuleListener
    void on(OrderReturnedToDispatch returned) {
        if (!"CUSTOMER".equals(returned.actorKind())) {
            return;
        }
        notify.notify(NoticeRequest.of("OrderReturnedToDispatch:" + returned.orderId() + ":" + returned.formerWorkerId() + ":"
                        + returned.at().toEpochMilli(), returned.formerWorkerId(), NoticeTemplate.WORKER_REPLACED,
                Map.of("itemName", orders.payable(returned.orderId()).description()), subject(returned.orderId())));
    }

    private String name(java.util.UUID workerId) {
        return workers.card(workerId).map(WorkerDirectory.WorkerCard::name).filter(n -> !n.isBlank()).orElse("家政人员");
    }

    private static Notice.Subject subject(java.util.UUID orderId) {
        return new Notice.Subject("ORDER", orderId.toString());
    }
}
