package org.shangmen.booking.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.booking.api.CatalogueAdministration;
import org.shangmen.booking.api.ItemStatus;
import org.shangmen.booking.api.event.ItemViewed;
import org.shangmen.booking.application.port.in.BrowseCatalogue;
import org.shangmen.booking.application.port.out.CatalogueStore;
import org.shangmen.booking.application.port.out.PriceRangeStore;
import org.shangmen.booking.domain.Category;
import org.shangmen.booking.domain.PriceRange;
import org.shangmen.booking.domain.ServiceItem;
import org.shangmen.kernel.AuditedChange;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.RegionCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue: customers browse it (C2.1, A1.1), operators keep it (A2.2) through {@link CatalogueAdministration}. */
public class CatalogueService implements BrowseCatalogue, CatalogueAdministration {

    private final CatalogueStore store;
    private final PriceRangeStore ranges;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public CatalogueService(CatalogueStore store, PriceRangeStore ranges, Clock clock) {
        this(store, ranges, event -> { }, clock);
    }

    public CatalogueService(CatalogueStore store, PriceRangeStore ranges, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.ranges = ranges;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Section> catalogue() {
        Map<String, List<ServiceItem>> byCategory = new LinkedHashMap<>();
        for (ServiceItem item : store.items()) {
            if (item.isActive()) {
                byCategory.computeIfAbsent(item.categoryCode(), c -> new ArrayList<>()).add(item);
            }
        }
        return store.categories().stream()
                .sorted(Comparator.comparingInt(Category::sortOrder).thenComparing(Category::code))
                .filter(c -> byCategory.containsKey(c.code()))
                .map(c -> new Section(c, byCategory.get(c.code())))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Listing item(UUID itemId, Optional<RegionCode> district) {
        ServiceItem item = store.item(itemId).filter(ServiceItem::isActive)
                .orElseThrow(() -> DomainException.notFound("booking.item-not-found"));
        Optional<PriceRange> range = district.flatMap(d -> {
            List<RegionCode> regions = new ArrayList<>(List.of(d));
            d.city().filter(c -> !c.equals(d)).ifPresent(regions::add);
            return PriceRange.applicable(ranges.of(List.of(itemId), regions), d);
        });
        return new Listing(item, range);
    }

    @Override
    @Transactional(readOnly = true)
    public Listing view(UUID itemId, Optional<RegionCode> district, Optional<UUID> viewerId) {
        Listing listing = item(itemId, district);
        events.publishEvent(new ItemViewed(Ids.newId(clock), listing.item().code(), viewerId, district.map(RegionCode::value),
                clock.instant()));
        return listing;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CategoryView> categories() {
        return store.categories().stream().map(CatalogueService::view).toList();
    }

    @Override
    @Transactional
    public CategoryView defineCategory(CategoryDraft draft) {
        if (draft == null) {
            throw DomainException.invalid("booking.category-code-invalid");
        }
        Category category = new Category(draft.code(), draft.name(), draft.sortOrder());
        store.saveCategory(category);
        return view(category);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ItemView> items() {
        return store.items().stream().map(CatalogueService::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ItemView item(UUID itemId) {
        return view(existing(itemId));
    }

    @Override
    @Transactional
    public ItemView createItem(ItemDraft draft, UUID operatorId) {
        requireCategory(draft == null ? null : draft.categoryCode());
        int sortOrder = nextSortOrder(draft.categoryCode());
        ServiceItem item = ServiceItem.define(Ids.newId(clock), draft, sortOrder, clock.instant());
        if (!store.insert(item, operatorId)) {
            throw DomainException.conflict("booking.item-code-taken", item.code());
        }
        return view(item);
    }

    @Override
    @Transactional
    public ItemView editItem(UUID itemId, ItemDraft draft, int expectedVersion, UUID operatorId) {
        ServiceItem current = existing(itemId);
        requireCategory(draft == null ? null : draft.categoryCode());
        if (current.version() != expectedVersion) {
            throw DomainException.conflict("booking.item-edited-concurrently");
        }
        int sortOrder = draft.categoryCode().equals(current.categoryCode()) ? current.sortOrder() : nextSortOrder(draft.categoryCode());
        AuditedChange.before(summary(current));
        ServiceItem edited = current.edit(draft, sortOrder, clock.instant());
        return save(edited, expectedVersion, operatorId);
    }

    @Override
    @Transactional
    public ItemView retireItem(UUID itemId, UUID operatorId) {
        return changeStatus(itemId, ItemStatus.RETIRED, operatorId);
    }

    @Override
    @Transactional
    public ItemView reactivateItem(UUID itemId, UUID operatorId) {
        return changeStatus(itemId, ItemStatus.ACTIVE, operatorId);
    }

    @Override
    @Transactional
    public List<ItemView> reorderItems(String categoryCode, List<UUID> itemIds, UUID operatorId) {
        requireCategory(categoryCode);
        List<ServiceItem> items = store.itemsOf(categoryCode);
        Set<UUID> known = new HashSet<>(items.stream().map(ServiceItem::id).toList());
        if (itemIds == null || itemIds.size() != known.size() || !known.equals(new HashSet<>(itemIds))) {
            throw DomainException.invalid("booking.reorder-mismatch", categoryCode);
        }
        Map<UUID, ServiceItem> byId = new LinkedHashMap<>();
        items.forEach(i -> byId.put(i.id(), i));
        List<ItemView> out = new ArrayList<>();
        for (int position = 0; position < itemIds.size(); position++) {
            ServiceItem item = byId.get(itemIds.get(position));
            ServiceItem moved = item.withSortOrder((position + 1) * 10, clock.instant());
            out.add(moved == item ? view(item) : save(moved, item.version(), operatorId));
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PriceRangeView> priceRanges(UUID itemId) {
        existing(itemId);
        return ranges.of(itemId).stream().map(CatalogueService::view).toList();
    }

    @Override
    @Transactional
    public PriceRangeView setPriceRange(UUID itemId, RegionCode region, long minFen, long maxFen, UUID operatorId) {
        existing(itemId);
        AuditedChange.before(rangeSummary(itemId, region));
        PriceRange range = new PriceRange(itemId, region, minFen, maxFen);
        ranges.save(range, operatorId);
        return view(range);
    }

    @Override
    @Transactional
    public void removePriceRange(UUID itemId, RegionCode region, UUID operatorId) {
        existing(itemId);
        AuditedChange.before(rangeSummary(itemId, region));
        if (!ranges.delete(itemId, region)) {
            throw DomainException.notFound("booking.price-range-not-found");
        }
    }

    /** What the audit log keeps of an item before an operator's change: its price and what decides who serves it. */
    private static String summary(ServiceItem item) {
        return "item=" + item.code() + " name=" + item.name() + " category=" + item.categoryCode() + " unit=" + item.unit()
                + " basePriceFen=" + item.basePriceFen() + " minimumMinutes=" + item.minimumMinutes() + " skill=" + item.skill()
                + " certificates=" + item.requiredCertificates() + " status=" + item.status() + " options=" + item.options().size()
                + " version=" + item.version();
    }

    private String rangeSummary(UUID itemId, RegionCode region) {
        return ranges.of(itemId).stream().filter(r -> r.region().equals(region)).findFirst()
                .map(r -> "priceRange " + region.value() + " minFen=" + r.minFen() + " maxFen=" + r.maxFen())
                .orElse("priceRange " + region.value() + ": none");
    }

    private ItemView changeStatus(UUID itemId, ItemStatus status, UUID operatorId) {
        ServiceItem current = existing(itemId);
        AuditedChange.before(summary(current));
        ServiceItem changed = current.withStatus(status, clock.instant());
        return changed == current ? view(current) : save(changed, current.version(), operatorId);
    }

    private ItemView save(ServiceItem item, int expectedVersion, UUID operatorId) {
        if (!store.update(item, expectedVersion, operatorId)) {
            throw DomainException.conflict("booking.item-edited-concurrently");
        }
        return view(item);
    }

    private ServiceItem existing(UUID itemId) {
        return store.item(itemId).orElseThrow(() -> DomainException.notFound("booking.item-not-found"));
    }

    private void requireCategory(String code) {
        if (code == null || store.category(code).isEmpty()) {
            throw DomainException.rejected("booking.category-not-found", code == null ? "" : code);
        }
    }

    private int nextSortOrder(String categoryCode) {
        return store.itemsOf(categoryCode).stream().mapToInt(ServiceItem::sortOrder).max().orElse(0) + 10;
    }

    static CategoryView view(Category c) {
        return new CategoryView(c.code(), c.name(), c.sortOrder());
    }

    static ItemView view(ServiceItem i) {
        return new ItemView(i.id(), i.code(), i.categoryCode(), i.name(), i.description(), i.standards(), i.unit(),
                i.basePriceFen(), Money.CURRENCY, i.minimumMinutes(), i.typicalMinutes(), i.skill(), i.requiredCertificates(),
                i.sortOrder(), i.status(), i.options(), i.version(), i.updatedAt());
    }

    static PriceRangeView view(PriceRange r) {
        return new PriceRangeView(r.itemId(), r.region().value(), r.minFen(), r.maxFen(), Money.CURRENCY);
    }
}
