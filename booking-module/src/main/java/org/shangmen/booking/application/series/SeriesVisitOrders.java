package org.shangmen.booking.application.series;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.application.port.in.QuoteBasket;
import org.shangmen.booking.application.port.in.SubmitOrder;
import org.shangmen.booking.application.port.in.SubmitOrder.SubmitCommand;
import org.shangmen.booking.domain.series.Series;
import org.shangmen.booking.domain.series.SeriesVisit;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One visit of a series becomes an ordinary order, priced and re-validated like any other, placed for
 * the series' customer under an idempotency key of its own. The preferred worker is asked first (the
 * order names them: dispatch offers it to them alone first); when that worker is not free at that
 * time, the visit goes down the dispatch ladder on its own. Every visit's order is placed under the
 * cancellation policy snapshotted with the series, so skipping, moving or cancelling it follows that policy.
 */
public class SeriesVisitOrders {

    private static final Logger LOG = LoggerFactory.getLogger(SeriesVisitOrders.class);

    private final SubmitOrder submit;
    private final QuoteBasket quotes;

    public SeriesVisitOrders(SubmitOrder submit, QuoteBasket quotes) {
        this.submit = submit;
        this.quotes = quotes;
    }

    /** The basket prices for the district at the first visit's time: unknown items or options are refused before anything is kept. */
    void check(Series series) {
        quotes.quote(new QuoteBasket.QuoteCommand(lines(series), series.district(), series.communityId(), series.point(),
                series.firstDate().atTime(series.startTime()).atZone(Zones.CHINA).toInstant()));
    }

    /** The visit's order, or empty when no order can be placed at that time (nobody free, too close, item retired). */
    Optional<UUID> place(Series series, SeriesVisit visit) {
        String key = "s:" + series.id() + ":" + visit.seq() + ":" + visit.start().getEpochSecond();
        if (series.preferredWorkerId().isPresent()) {
            try {
                return Optional.of(submit.submit(command(series, visit, series.preferredWorkerId(), key)).order().id());
            } catch (DomainException e) {
                if (!"booking.worker-unavailable".equals(e.code())) {
                    LOG.info("series {} visit {} not placed: {}", series.id(), visit.seq(), e.code());
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(submit.submit(command(series, visit, Optional.empty(), key + ":ladder")).order().id());
        } catch (DomainException e) {
            LOG.info("series {} visit {} not placed: {}", series.id(), visit.seq(), e.code());
            return Optional.empty();
        }
    }

    private static SubmitCommand command(Series s, SeriesVisit visit, Optional<UUID> worker, String key) {
        return new SubmitCommand(s.customerId(), lines(s), s.district(), s.communityId(), s.point(), s.addressDetail(), s.contactName(),
                Optional.of(visit.start()), false, worker, s.requirements(), Optional.of(key), Optional.empty(), s.policy());
    }

    private static List<QuoteBasket.BasketLine> lines(Series s) {
        return s.items().stream().map(l -> new QuoteBasket.BasketLine(l.itemId(), l.options())).toList();
    }
}
