package org.shangmen.booking.application.series;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.shangmen.booking.application.PolicySource;
import org.shangmen.booking.application.port.in.CancelOrder;
import org.shangmen.booking.application.port.in.ChangeOrder;
import org.shangmen.booking.application.port.in.series.ArrangeSeries;
import org.shangmen.booking.application.port.in.series.GenerateSeriesVisits;
import org.shangmen.booking.application.port.in.series.HandOverSeries;
import org.shangmen.booking.api.event.SeriesCancelled;
import org.shangmen.booking.api.event.SeriesHandedOver;
import org.springframework.context.ApplicationEventPublisher;
import org.shangmen.booking.application.port.out.series.SeriesStore;
import org.shangmen.booking.domain.series.Series;
import org.shangmen.booking.domain.series.SeriesVisit;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.Zones;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * C2.4 recurring plans: a series and its visits, each visit an ordinary order placed within the
 * horizon (the preferred worker asked first, see {@link SeriesVisitOrders}); skipping or moving an
 * ordered visit goes through that order's cancellation or reschedule, under the policy it was placed with:
 * the policy in force when the series was booked, kept with the series.
 */
public class SeriesService implements ArrangeSeries, GenerateSeriesVisits, HandOverSeries {

    static final int BATCH = 100;

    private final SeriesStore store;
    private final SeriesVisitOrders orders;
    private final CancelOrder cancellation;
    private final ChangeOrder changes;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Duration horizon;
    private final PolicySource settings;
    private final Clock clock;

    public SeriesService(SeriesStore store, SeriesVisitOrders orders, CancelOrder cancellation, ChangeOrder changes,
                         PlatformTransactionManager transactions, ApplicationEventPublisher events, PolicySource settings, Duration horizon,
                         Clock clock) {
        this.store = store;
        this.orders = orders;
        this.cancellation = cancellation;
        this.changes = changes;
        this.tx = new TransactionTemplate(transactions);
        this.events = events;
        this.settings = settings;
        this.horizon = horizon;
        this.clock = clock;
    }

    @Override
    public Series create(CreateCommand c) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        if (!c.firstDate().isAfter(today) || c.firstDate().isAfter(today.plusDays(90))) {
            throw DomainException.invalid("booking.series-start-invalid");
        }
        Series series = new Series(Ids.newId(clock), c.customerId(), c.items(), c.district(), c.communityId(), c.point(), c.addressDetail(),
                c.contactName(), c.requirements(), c.preferredWorkerId(), c.cadence(), c.firstDate(), c.startTime(), c.visits(),
                Series.Status.ACTIVE, List.of(), clock.instant(), 0, Optional.of(settings.currentPolicy()), Series.Plan.from(c.firstDate()));
        // The first visit is placed now, the same way every later one is: a visit nobody can take is refused here.
        orders.check(series);
        tx.executeWithoutResult(s -> store.insert(series.planUntil(horizonEnd())));
        generate(series.id());
        return store.find(series.id()).orElseThrow();
    }

    @Override
    public int generateDue() {
        int placed = 0;
        for (int offset = 0; ; offset += BATCH) {
            int from = offset;
            List<UUID> ids = tx.execute(s -> store.active(BATCH, from));
            if (ids == null || ids.isEmpty()) {
                return placed;
            }
            for (UUID id : ids) {
                placed += generate(id);
            }
            if (ids.size() < BATCH) {
                return placed;
            }
        }
    }

    /** Plans the series up to the horizon and places an order for each planned visit, each in its own transaction. */
    @Override
    public int generate(UUID seriesId) {
        Series planned = change(seriesId, s -> s.planUntil(horizonEnd()));
        int placed = 0;
        for (SeriesVisit v : planned.planned()) {
            if (v.status() == SeriesVisit.Status.PLANNED && planned.status() == Series.Status.ACTIVE
                    && v.start().isBefore(clock.instant().plus(horizon))) {
                Optional<UUID> order = orders.place(planned, v);
                change(seriesId, s -> s.replace(s.visit(v.seq()).with(order.isPresent() ? SeriesVisit.Status.ORDERED
                        : SeriesVisit.Status.UNFILLED, order)));
                placed += order.isPresent() ? 1 : 0;
            }
        }
        return placed;
    }

    @Override
    public Series skip(UUID customerId, UUID seriesId, int seq) {
        SeriesVisit visit = ofCustomer(customerId, seriesId).visit(seq);
        if (visit.status() == SeriesVisit.Status.ORDERED) {
            cancellation.cancel(new CancelOrder.CancelCommand(customerId, visit.orderId().orElseThrow(), "周期服务跳过本次"));
        } else if (visit.status() != SeriesVisit.Status.PLANNED && visit.status() != SeriesVisit.Status.UNFILLED) {
            throw DomainException.conflict("booking.series-visit-closed");
        }
        return change(seriesId, s -> s.replace(s.visit(seq).with(SeriesVisit.Status.SKIPPED, visit.orderId())));
    }

    @Override
    public Series move(UUID customerId, UUID seriesId, int seq, Instant newStart) {
        if (newStart == null) {
            throw DomainException.invalid("booking.start-required");
        }
        SeriesVisit visit = ofCustomer(customerId, seriesId).visit(seq);
        switch (visit.status()) {
            case ORDERED -> changes.reschedule(new ChangeOrder.RescheduleCommand(customerId, visit.orderId().orElseThrow(), newStart));
            case PLANNED, UNFILLED -> {
                if (!newStart.isAfter(clock.instant())) {
                    throw DomainException.invalid("booking.series-start-invalid");
                }
            }
            default -> throw DomainException.conflict("booking.series-visit-closed");
        }
        Series moved = change(seriesId, s -> s.replace(s.visit(seq).movedTo(newStart).with(
                visit.status() == SeriesVisit.Status.UNFILLED ? SeriesVisit.Status.PLANNED : visit.status(), visit.orderId())));
        if (visit.status() != SeriesVisit.Status.ORDERED) {
            generate(seriesId);
            return store.find(seriesId).orElseThrow();
        }
        return moved;
    }

    @Override
    public Series pause(UUID customerId, UUID seriesId) {
        requireOpen(ofCustomer(customerId, seriesId));
        return change(seriesId, s -> s.withStatus(Series.Status.PAUSED));
    }

    @Override
    public Series resume(UUID customerId, UUID seriesId) {
        requireOpen(ofCustomer(customerId, seriesId));
        change(seriesId, s -> s.withStatus(Series.Status.ACTIVE));
        generate(seriesId);
        return store.find(seriesId).orElseThrow();
    }

    @Override
    public Series cancelRest(UUID customerId, UUID seriesId) {
        Series series = requireOpen(ofCustomer(customerId, seriesId));
        change(seriesId, s -> s.withStatus(Series.Status.CANCELLED));
        Instant now = clock.instant();
        for (SeriesVisit v : series.planned()) {
            if (v.status() == SeriesVisit.Status.ORDERED && v.start().isAfter(now)) {
                try {
                    cancellation.cancel(new CancelOrder.CancelCommand(customerId, v.orderId().orElseThrow(), "周期服务取消"));
                } catch (DomainException e) {
                    // Already cancelled, served or under way: that visit stays as its order is.
                    continue;
                }
                change(seriesId, s -> s.replace(s.visit(v.seq()).with(SeriesVisit.Status.CANCELLED, v.orderId())));
            } else if (v.status() == SeriesVisit.Status.PLANNED || v.status() == SeriesVisit.Status.UNFILLED) {
                change(seriesId, s -> s.replace(s.visit(v.seq()).with(SeriesVisit.Status.CANCELLED, Optional.empty())));
            }
        }
        // Billing ends the series' prepaid package: what its visits did not use goes back to the customer.
        tx.executeWithoutResult(t -> events.publishEvent(new SeriesCancelled(seriesId, customerId, clock.instant())));
        return store.find(seriesId).orElseThrow();
    }

    @Override
    public Series ofCustomer(UUID customerId, UUID seriesId) {
        return store.find(seriesId).filter(s -> s.customerId().equals(customerId))
                .orElseThrow(() -> DomainException.notFound("booking.series-not-found"));
    }

    @Override
    public Page<Series> customerSeries(UUID customerId, PageRequest page) {
        return store.ofCustomer(customerId, page);
    }

    @Override
    public Page<Series> workerSeries(UUID workerId, PageRequest page) {
        return store.ofWorker(workerId, page);
    }

    @Override
    public int workerUnavailable(UUID workerId) {
        int handed = 0;
        // Handed-over series leave the worker's list, so the first page is read again until nothing more changes.
        while (true) {
            int round = 0;
            for (Series s : store.ofWorker(workerId, new PageRequest(0, PageRequest.MAX_SIZE)).items()) {
                Boolean done = tx.execute(t -> {
                    Series current = store.find(s.id()).orElseThrow();
                    if (current.preferredWorkerId().filter(workerId::equals).isEmpty() || !store.update(current.withoutPreferredWorker())) {
                        return false;
                    }
                    events.publishEvent(new SeriesHandedOver(s.id(), s.customerId(), workerId, clock.instant()));
                    return true;
                });
                round += Boolean.TRUE.equals(done) ? 1 : 0;
            }
            handed += round;
            if (round == 0) {
                break;
            }
        }
        return handed;
    }

    private static Series requireOpen(Series series) {
        if (!series.isOpen()) {
            throw DomainException.conflict("booking.series-cancelled");
        }
        return series;
    }

    private LocalDate horizonEnd() {
        return clock.instant().plus(horizon).atZone(Zones.CHINA).toLocalDate();
    }

    /** Reads, changes and writes the series in one transaction; a concurrent change is retried once, then refused. */
    private Series change(UUID seriesId, UnaryOperator<Series> how) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Series changed = tx.execute(s -> {
                Series next = how.apply(store.find(seriesId).orElseThrow(() -> DomainException.notFound("booking.series-not-found")));
                return store.update(next) ? next : null;
            });
            if (changed != null) {
                return changed;
            }
        }
        throw DomainException.conflict("booking.series-changed");
    }
}
