package org.shangmen.analytics.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.shangmen.analytics.application.port.in.RebuildStore;
import org.shangmen.analytics.application.port.out.AnalyticsStore;
import org.shangmen.analytics.domain.Fact;
import org.shangmen.analytics.domain.Facts;
import org.shangmen.analytics.domain.OrderStage;
import org.shangmen.analytics.domain.OrderStage.Stage;
import org.shangmen.booking.api.OrderHistory;
import org.shangmen.booking.api.OrderHistory.OrderRecord;
import org.shangmen.booking.api.event.QuoteMade;
import org.shangmen.complaint.api.ComplaintHistory;
import org.shangmen.complaint.api.ComplaintHistory.ComplaintRecord;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.api.WorkerAdministration;

/**
 * A4.1: the backfill, build and swap. Each order's recorded steps become the stages its events would have told,
 * each complaint its filing and resolution, each quote booking kept its quote fact, page by page into the copy (a
 * transaction a page); the listeners keep recording into the live store and the copy meanwhile; then the copy is
 * swapped in and the rollups refreshed.
 */
public class RebuildStoreService implements RebuildStore {

    private final AnalyticsStore store;
    private final OrderHistory history;
    private final ComplaintHistory complaints;
    private final WorkerAdministration workers;
    private final RecordFactsService facts;
    private final Clock clock;

    public RebuildStoreService(AnalyticsStore store, OrderHistory history, ComplaintHistory complaints, WorkerAdministration workers,
                               RecordFactsService facts, Clock clock) {
        this.store = store;
        this.history = history;
        this.complaints = complaints;
        this.workers = workers;
        this.facts = facts;
        this.clock = clock;
    }

    @Override
    public Rebuilt rebuild() {
        UUID run = store.beginRebuild(clock.instant());
        try {
            long orders = 0;
            long reviews = 0;
            Set<UUID> named = new TreeSet<>();
            Page<OrderRecord> page;
            int number = 0;
            do {
                page = history.orders(new PageRequest(number++, PageRequest.MAX_SIZE));
                List<Fact> told = new ArrayList<>();
                for (OrderRecord o : page.items()) {
                    orders++;
                    replay(o, told);
                    o.workerId().ifPresent(named::add);
                    if (o.review().isPresent()) {
                        var r = o.review().get();
                        Facts.ReviewFact review = new Facts.ReviewFact(o.orderId(), o.customerId(), o.workerId().orElseThrow(), r.attitude(),
                                r.skill(), r.efficiency(), r.punctuality(), r.overall(), r.text(), r.hidden(), r.createdAt(), r.updatedAt());
                        told.add(new Fact.Review(review, facts.words(review)));
                        reviews++;
                    }
                }
                store.rebuildWrite(told);
            } while ((long) number * PageRequest.MAX_SIZE < page.total());
            long filed = complaints();
            quotes();
            List<Fact> profiles = new ArrayList<>();
            for (UUID worker : named) {
                try {
                    WorkerAdministration.ApplicationView view = workers.application(worker);
                    var approved = view.history().stream().filter(d -> "APPROVED".equals(d.decision()))
                            .map(WorkerAdministration.DecisionView::decidedAt).max(Comparator.naturalOrder());
                    profiles.add(facts.profile(worker, approved.orElse(null)));
                } catch (DomainException unknown) {
                    // An order can name a worker the worker module no longer knows; the facts keep the id.
                }
            }
            store.rebuildWrite(profiles);
            AnalyticsStore.Swapped swapped = store.swap(run, clock.instant());
            store.refreshRollups();
            return new Rebuilt(orders, reviews, filed, profiles.size(), swapped.eventsDuringRebuild());
        } catch (RuntimeException e) {
            store.abandon(run, clock.instant());
            throw e;
        }
    }

    /** The quotes booking kept, as {@code QuoteMade} told them. */
    private void quotes() {
        Page<QuoteMade> page;
        int number = 0;
        do {
            page = history.quotes(new PageRequest(number++, PageRequest.MAX_SIZE));
            List<Fact> told = new ArrayList<>();
            for (QuoteMade q : page.items()) {
                told.add(new Facts.QuoteFact(q.quoteId(), q.customerId(), q.districtCode(), q.itemCodes(), q.totalFen(), q.discountFen(), q.at()));
            }
            store.rebuildWrite(told);
        } while ((long) number * PageRequest.MAX_SIZE < page.total());
    }

    private long complaints() {
        long count = 0;
        Page<ComplaintRecord> page;
        int number = 0;
        do {
            page = complaints.complaints(new PageRequest(number++, PageRequest.MAX_SIZE));
            List<Fact> told = new ArrayList<>();
            for (ComplaintRecord c : page.items()) {
                count++;
                UUID worker = c.workerId().orElse(null);
                told.add(new Facts.ComplaintFiled(c.complaintId(), c.orderId(), c.customerId(), worker, c.category(), c.itemCodes(),
                        c.districtCode(), c.filedAt()));
                c.resolution().ifPresent(r -> told.add(new Facts.ComplaintResolved(c.complaintId(), c.orderId(), c.customerId(), worker,
                        r.outcome(), r.workerAtFault(), r.refundFen(), c.filedAt(), r.at())));
            }
            store.rebuildWrite(told);
        } while ((long) number * PageRequest.MAX_SIZE < page.total());
        return count;
    }

    private static void replay(OrderRecord o, List<Fact> told) {
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
            told.add(stage);
        }
        boolean paid = o.steps().stream().anyMatch(s -> "PAID".equals(s.status()));
        if (paid && o.paidFen() > 0) {
            told.add(OrderStage.of(o.orderId(), Stage.PAID, o.steps().stream().filter(s -> "PAID".equals(s.status())).findFirst()
                    .orElseThrow().at()).paid(o.paidFen()));
        }
    }
}
