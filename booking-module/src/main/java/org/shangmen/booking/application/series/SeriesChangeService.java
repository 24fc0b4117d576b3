package org.shangmen.booking.application.series;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.application.port.in.CancelOrder;
import org.shangmen.booking.application.port.in.series.ArrangeSeries;
import org.shangmen.booking.application.port.in.series.ChangeSeries;
import org.shangmen.booking.application.port.in.series.GenerateSeriesVisits;
import org.shangmen.booking.application.port.out.series.SeriesStore;
import org.shangmen.booking.domain.series.Series;
import org.shangmen.booking.domain.series.SeriesVisit;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Zones;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * C2.4 changing a recurring plan from a date on: the visits from that day are cancelled (an ordered
 * one through its order's cancellation, under the policy the series was booked with) and the series
 * goes on with its new cadence, start time or preferred worker, whose visits are planned and ordered
 * again within the horizon. Visits before that day are not touched.
 */
public class SeriesChangeService implements ChangeSeries {

    private final SeriesStore store;
    private final ArrangeSeries series;
    private final GenerateSeriesVisits generation;
    private final CancelOrder cancellation;
    private final TransactionTemplate tx;
    private final Clock clock;

    public SeriesChangeService(SeriesStore store, ArrangeSeries series, GenerateSeriesVisits generation, CancelOrder cancellation,
                               PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.series = series;
        this.generation = generation;
        this.cancellation = cancellation;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public Series changeFrom(ChangeCommand c) {
        Series current = series.ofCustomer(c.customerId(), c.seriesId());
        if (current.status() == Series.Status.CANCELLED) {
            throw DomainException.conflict("booking.series-cancelled");
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.CHINA));
        if (!c.from().isAfter(today) || c.from().isAfter(today.plusDays(365))) {
            throw DomainException.invalid("booking.series-change-date-invalid");
        }
        Optional<UUID> worker = c.clearWorker() ? Optional.empty() : c.preferredWorker().or(current::preferredWorkerId);
        Series changed = current.changedFrom(c.from(), c.cadence().orElse(current.cadence()), c.startTime().orElse(current.startTime()),
                worker);
        // The orders of the visits from that day (tomorrow at the earliest, so none is under way) are cancelled first.
        for (SeriesVisit v : current.planned()) {
            if (v.status() == SeriesVisit.Status.ORDERED && !v.start().atZone(Zones.CHINA).toLocalDate().isBefore(c.from())) {
                try {
                    cancellation.cancel(new CancelOrder.CancelCommand(c.customerId(), v.orderId().orElseThrow(), "周期服务自该日起变更"));
                } catch (DomainException e) {
                    // Already cancelled by someone else: nothing more to undo for that visit.
                    continue;
                }
            }
        }
        Boolean written = tx.execute(s -> store.find(c.seriesId()).filter(now -> now.version() == current.version())
                .map(now -> store.update(changed)).orElse(false));
        if (!Boolean.TRUE.equals(written)) {
            throw DomainException.conflict("booking.series-changed");
        }
        generation.generate(c.seriesId());
        return store.find(c.seriesId()).orElseThrow();
    }
}
