package org.shangmen.analytics.application;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.shangmen.analytics.application.port.in.RebuildStore;
import org.shangmen.analytics.application.port.out.AnalyticsStore;
import org.shangmen.analytics.domain.Facts;
import org.shangmen.analytics.domain.OrderStage;
import org.shangmen.analytics.domain.OrderStage.Stage;
import org.shangmen.booking.api.OrderHistory;
import org.shangmen.booking.api.OrderHistory.OrderRecord;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.api.WorkerAdministration;
import org.springframework.transaction.annotation.Transactional;

/** A4.1: the backfill. Each order's recorded steps become the stages its events would have told. */
public class RebuildStoreService implements RebuildStore {

    private final AnalyticsStore store;
    private final OrderHistory history;
    private final WorkerAdministration workers;
    private final RecordFactsService facts;

    public RebuildStoreService(AnalyticsStore store, OrderHistory history, WorkerAdministration workers, RecordFactsService facts) {
        this.store = store;
        this.history = history;
        this.workers = workers;
        this.facts = facts;
    }

    @Override
    @Transactional
    public Rebuilt rebuild() {
        store.clearOrdersAndReviews();
        long orders = 0;
        long reviews = 0;
        Set<UUID> named = new HashSet<>();
        Page<OrderRecord> page;
        int number = 0;
        do {
            page = history.orders(new PageRequest(number++, PageRequest.MAX_SIZE));
            for (OrderRecord o : page.items()) {
                orders++;
                replay(o);
                o.workerId().ifPresent(named::add);
                if (o.review().isPresent()) {
                    var r = o.review().get();
                    Facts.ReviewFact review = new Facts.ReviewFact(o.orderId(), o.customerId(), o.workerId().orElseThrow(), r.attitude(),
                            r.skill(), r.efficiency(), r.punctuality(), r.overall(), r.text(), r.hidden(), r.createdAt(), r.updatedAt());
                    store.review(review, facts.words(review));
                    reviews++;
                }
            }
        } while ((long) number * PageRequest.MAX_SIZE < page.total());
        long refreshed = 0;
        for (UUID worker : named) {
            try {
                WorkerAdministration.ApplicationView view = workers.application(worker);
                var approved = view.history().stream().filter(d -> "APPROVED".equals(d.decision()))
                        .map(WorkerAdministration.DecisionView::decidedAt).max(java.util.Comparator.naturalOrder());
                store.worker(facts.profile(worker, approved.orElse(null)));
                refreshed++;
            } catch (DomainException unknown) {
                // An order can name a worker the worker module no longer knows; the facts keep the id.
            }
        }
        store.refreshRollups();
        return new Rebuilt(orders, reviews, refreshed);
    }

    private void replay(OrderRecord o) {
        for (OrderHistory.Step step : o.steps()) {
            OrderStage base = switch (step.status()) {
                case "AWAITING_ACCEPTANCE" -> OrderStage.of(o.orderId(), Stage.SUBMITTED, step.at()).place(o.districtCode(), o.itemCodes())
                        .startsAt(o.startsAt()).amounts(o.totalFen(), o.discountFen(), null);
                case "AWAITING_PAYMENT" -> OrderStage.of(o.orderId(), Stage.ACCEPTED, step.at()).startsAt(o.startsAt())
                        .amounts(o.totalFen(), null, null);
                case "PAID" -> OrderStage.of(o.orderId(), Stage.PAID, step.at());
                case "IN_SERVICE" -> OrderStage.of(o.orderId(), Stage.CHECKED_IN, step.at());
                case "COMPLETED" -> OrderStage.of(o.orderId(), Stage.COMPLETED, step.at()).place(o.districtCode(), o.itemCodes())
                        .amounts(o.totalFen() + o.addOnsFen(), o.discountFen(), o.addOnsFen());
                case "CANCELLED" -> OrderStage.of(o.orderId(), Stage.CANCELLED, step.at()).cancelled(step.actorKind(), step.reason());
                default -> null;
            };
            if (base == null) {
                continue;
            }
            OrderStage stage = base.customer(o.customerId());
            if (base.stage() != Stage.SUBMITTED && base.stage() != Stage.CANCELLED) {
                stage = stage.worker(o.workerId().orElse(null));
            }
            store.order(stage);
        }
        boolean paid = o.steps().stream().anyMatch(s -> "PAID".equals(s.status()));
        if (paid && o.paidFen() > 0) {
            store.order(OrderStage.of(o.orderId(), Stage.PAID, o.steps().stream().filter(s -> "PAID".equals(s.status())).findFirst()
                    .orElseThrow().at()).paid(o.paidFen()));
        }
    }
}
