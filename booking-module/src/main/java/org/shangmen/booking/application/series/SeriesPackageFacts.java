package org.shangmen.booking.application.series;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.booking.api.SeriesPackages;
import org.shangmen.booking.application.port.in.QuoteBasket;
import org.shangmen.booking.application.port.out.series.SeriesStore;
import org.shangmen.booking.domain.Quote;
import org.shangmen.booking.domain.series.Series;
import org.shangmen.booking.domain.series.SeriesVisit;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.Zones;

/**
 * A series as billing sells packages for it: one visit's price is the basket quoted for the series'
 * district at its next visit's time (the first date when none is ahead), before any customer's coupon.
 */
public class SeriesPackageFacts implements SeriesPackages {

    private final SeriesStore store;
    private final QuoteBasket quotes;
    private final Clock clock;

    public SeriesPackageFacts(SeriesStore store, QuoteBasket quotes, Clock clock) {
        this.store = store;
        this.quotes = quotes;
        this.clock = clock;
    }

    @Override
    public Optional<PackagedSeries> series(UUID customerId, UUID seriesId) {
        return store.find(seriesId).filter(s -> s.customerId().equals(customerId)).map(s -> {
            Quote quote = quotes.quote(new QuoteBasket.QuoteCommand(s.items().stream()
                    .map(l -> new QuoteBasket.BasketLine(l.itemId(), l.options())).toList(), s.district(), s.communityId(), s.point(),
                    s.planned().stream().map(SeriesVisit::start).filter(t -> t.isAfter(clock.instant())).findFirst()
                            .orElse(s.firstDate().atTime(s.startTime()).atZone(Zones.CHINA).toInstant())));
            String names = quote.lines().stream().map(QuotedItem::itemName).collect(Collectors.joining("、"));
            return new PackagedSeries(s.id(), s.customerId(), s.isOpen(), s.visits(), quote.totalFen(),
                    s.district().value(), names);
        });
    }

    @Override
    public List<UUID> openSeries(UUID customerId) {
        return store.ofCustomer(customerId, new PageRequest(0, PageRequest.MAX_SIZE)).items().stream().filter(Series::isOpen)
                .map(Series::id).toList();
    }

    @Override
    public Optional<UUID> seriesOfOrder(UUID orderId) {
        return store.ofOrder(orderId);
    }

    @Override
    public List<UUID> visitOrders(UUID seriesId) {
        return store.find(seriesId).map(s -> s.planned().stream().map(SeriesVisit::orderId).flatMap(Optional::stream).toList())
                .orElse(List.of());
    }
}
