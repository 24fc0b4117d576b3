package org.shangmen.analytics.adapter.in.event;

import org.shangmen.analytics.application.port.in.RecordFacts;
import org.shangmen.analytics.domain.Facts;
import org.shangmen.analytics.domain.OrderStage;
import org.shangmen.analytics.domain.OrderStage.Stage;
import org.shangmen.booking.api.event.OrderAccepted;
import org.shangmen.booking.api.event.OrderCancelled;
import org.shangmen.booking.api.event.OrderCheckedIn;
import org.shangmen.booking.api.event.ItemViewed;
import org.shangmen.booking.api.event.OrderCompleted;
import org.shangmen.booking.api.event.OrderPaid;
import org.shangmen.booking.api.event.OrderReviewed;
import org.shangmen.booking.api.event.OrderSubmitted;
import org.shangmen.booking.api.event.OrderViewed;
import org.shangmen.booking.api.event.QuoteMade;
import org.shangmen.complaint.api.event.ComplaintFiled;
import org.shangmen.complaint.api.event.ComplaintResolved;
import org.shangmen.identity.api.Role;
import org.shangmen.identity.api.event.AccountRegistered;
import org.shangmen.identity.api.event.BirthYearShared;
import org.shangmen.worker.api.event.WorkerCertified;
import org.shangmen.worker.api.event.WorkerPenalized;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.stereotype.Component;

/**
 * A4.1: the other modules' events into the store, each after its transaction committed and kept in the
 * event publication registry until recorded. A listener holds no transaction of its own: it hands the fact to
 * the ingestion buffer and returns once the batch holding it has committed, so the registry completes the
 * publication only then. Each event's key names it uniquely, so a redelivery counts once.
 * Views are plain events, taken synchronously into the buffer without waiting (a statistic: no publication
 * is kept for them). Training results join here once the training module publishes them.
 */
@Component
class DomainEventFeed {

    private final RecordFacts facts;

    DomainEventFeed(RecordFacts facts) {
        this.facts = facts;
    }

    @Async
    @TransactionalEventListener
    void on(QuoteMade e) {
        facts.quote("QuoteMade:" + e.quoteId(), new Facts.QuoteFact(e.quoteId(), e.customerId(), e.districtCode(), e.itemCodes(),
                e.totalFen(), e.discountFen(), e.at()));
    }

    @Async
    @TransactionalEventListener
    void on(OrderSubmitted e) {
        facts.order("OrderSubmitted:" + e.orderId(), OrderStage.of(e.orderId(), Stage.SUBMITTED, e.at()).customer(e.customerId())
                .place(e.districtCode(), e.itemCodes()).startsAt(e.startsAt()).amounts(e.totalFen(), e.discountFen(), null));
    }

    @Async
    @TransactionalEventListener
    void on(OrderAccepted e) {
        facts.order("OrderAccepted:" + e.orderId() + ":" + e.workerId() + ":" + e.at(), OrderStage.of(e.orderId(), Stage.ACCEPTED, e.at())
                .customer(e.customerId()).worker(e.workerId()).startsAt(e.startsAt()).amounts(e.totalFen(), null, null));
    }

    @Async
    @TransactionalEventListener
    void on(OrderPaid e) {
        OrderStage stage = OrderStage.of(e.orderId(), Stage.PAID, e.at()).customer(e.customerId()).worker(e.workerId()).paid(e.amountFen());
        facts.order("OrderPaid:" + e.orderId() + ":" + e.paymentReference(), stage);
    }

    @Async
    @TransactionalEventListener
    void on(OrderCheckedIn e) {
        facts.order("OrderCheckedIn:" + e.orderId(), OrderStage.of(e.orderId(), Stage.CHECKED_IN, e.at()).customer(e.customerId())
                .worker(e.workerId()));
    }

    @Async
    @TransactionalEventListener
    void on(OrderCompleted e) {
        facts.order("OrderCompleted:" + e.orderId(), OrderStage.of(e.orderId(), Stage.COMPLETED, e.at()).customer(e.customerId())
                .worker(e.workerId()).place(e.districtCode(), e.itemCodes()).amounts(e.totalFen(), e.discountFen(), e.addOnsFen()));
    }

    @Async
    @TransactionalEventListener
    void on(OrderCancelled e) {
        facts.order("OrderCancelled:" + e.orderId(), OrderStage.of(e.orderId(), Stage.CANCELLED, e.at()).customer(e.customerId())
                .worker(e.workerId().orElse(null)).cancelled(e.actorKind(), e.reason()));
    }

    @Async
    @TransactionalEventListener
    void on(OrderReviewed e) {
        facts.review("OrderReviewed:" + e.orderId() + ":" + e.updatedAt() + ":" + e.hidden(), new Facts.ReviewFact(e.orderId(),
                e.customerId(), e.workerId(), e.attitude(), e.skill(), e.efficiency(), e.punctuality(), e.overall(), e.text(), e.hidden(),
                e.createdAt(), e.updatedAt()));
    }

    @Async
    @TransactionalEventListener
    void on(ComplaintFiled e) {
        facts.complaintFiled("ComplaintFiled:" + e.complaintId(), new Facts.ComplaintFiled(e.complaintId(), e.orderId(), e.customerId(),
                e.workerId(), e.category(), e.itemCodes(), e.districtCode(), e.at()));
    }

    @Async
    @TransactionalEventListener
    void on(ComplaintResolved e) {
        facts.complaintResolved("ComplaintResolved:" + e.complaintId(), new Facts.ComplaintResolved(e.complaintId(), e.orderId(),
                e.customerId(), e.workerId(), e.outcome(), e.workerAtFault(), e.refundFen(), e.filedAt(), e.at()));
    }

    @Async
    @TransactionalEventListener
    void on(AccountRegistered e) {
        if (e.roles().contains(Role.CUSTOMER)) {
            facts.customer("AccountRegistered:" + e.accountId(), e.accountId(), e.registeredAt());
        }
    }

    @Async
    @TransactionalEventListener
    void on(BirthYearShared e) {
        facts.customerBirthYear("BirthYearShared:" + e.accountId() + ":" + e.at(), e.accountId(), e.birthYear(), e.at());
    }

    @Async
    @TransactionalEventListener
    void on(WorkerCertified e) {
        facts.workerCertified("WorkerCertified:" + e.workerId() + ":" + e.approvedAt(), e.workerId(), e.approvedAt());
    }

    @Async
    @TransactionalEventListener
    void on(WorkerPenalized e) {
        facts.workerPenalized("WorkerPenalized:" + e.penaltyId(), e.workerId(), e.at());
    }

    @EventListener
    void on(ItemViewed e) {
        facts.viewed(new Facts.ViewFact(e.viewId(), Facts.ViewKind.ITEM, java.util.List.of(e.itemCode()), java.util.Optional.empty(),
                e.customerId(), e.districtCode(), e.at()));
    }

    @EventListener
    void on(OrderViewed e) {
        facts.viewed(new Facts.ViewFact(e.viewId(), Facts.ViewKind.ORDER, e.itemCodes(), java.util.Optional.of(e.orderId()),
                java.util.Optional.of(e.customerId()), java.util.Optional.of(e.districtCode()), e.at()));
    }
}
