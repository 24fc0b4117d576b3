package org.shangmen.booking.application.placement;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.shangmen.booking.api.PricingUnit;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements.FreeWorker;
import org.shangmen.booking.application.port.in.placement.ArrangePlacements.SpanQuery;
import org.shangmen.booking.application.port.out.CatalogueStore;
import org.shangmen.booking.domain.ServiceItem;
import org.shangmen.booking.domain.placement.Placement;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.api.WorkerCalendar;
import org.shangmen.worker.api.WorkerDirectory;
import org.shangmen.worker.api.WorkerDirectory.WorkerCard;
import org.springframework.transaction.annotation.Transactional;

/**
 * C2.4 whole-span search: workers with the item's skill and certificates who serve the district and are
 * free every day of the span (no booking, no leave). Three reads of the worker calendar whatever the
 * number of workers or days.
 */
public class PlacementSearchService {

    private final CatalogueStore catalogue;
    private final WorkerCalendar calendar;
    private final WorkerDirectory directory;

    public PlacementSearchService(CatalogueStore catalogue, WorkerCalendar calendar, WorkerDirectory directory) {
        this.catalogue = catalogue;
        this.calendar = calendar;
        this.directory = directory;
    }

    /** The item, when it is active and priced by the day: only such items are placed for a span. */
    public ServiceItem dailyItem(UUID itemId) {
        ServiceItem item = catalogue.item(itemId).filter(ServiceItem::isActive)
                .orElseThrow(() -> DomainException.notFound("booking.basket-item-unknown", itemId));
        if (item.unit() != PricingUnit.PER_DAY) {
            throw DomainException.invalid("booking.placement-item-not-daily", item.name());
        }
        return item;
    }

    /** Free workers, best rated first (then the most experienced, then by id for a stable order). */
    @Transactional(readOnly = true)
    public List<FreeWorker> free(SpanQuery query) {
        ServiceItem item = dailyItem(query.itemId());
        List<UUID> eligible = calendar.eligibleWorkers(item.skill(), query.district(), item.requiredCertificates());
        Set<UUID> free = calendar.freeThroughout(eligible, Placement.span(query.startsOn(), query.endsOn()));
        Map<UUID, WorkerCard> cards = directory.cards(free);
        return cards.values().stream()
                .sorted(Comparator.comparingInt(WorkerCard::ratingTenths).reversed()
                        .thenComparing(Comparator.comparingInt(WorkerCard::experienceYears).reversed())
                        .thenComparing(WorkerCard::workerId))
                .map(c -> new FreeWorker(c.workerId(), c.name(), c.ratingTenths(), c.ratingCount(), c.experienceYears()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Page<FreeWorker> free(SpanQuery query, PageRequest page) {
        return Page.slice(free(query), page);
    }
}
