package org.shangmen.booking.application;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.shangmen.booking.application.port.out.CatalogueStore;
import org.shangmen.booking.application.port.out.JobLedger;
import org.shangmen.booking.application.port.out.PriceRangeStore;
import org.shangmen.booking.domain.Category;
import org.shangmen.booking.domain.Fixtures;
import org.shangmen.booking.domain.PriceRange;
import org.shangmen.booking.domain.ServiceItem;
import org.shangmen.booking.domain.SlotRules;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.TimeRange;
import org.shangmen.kernel.Zones;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.ServiceAreaDirectory;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkerCalendar;

/** The booking use cases over in-memory ports, for tests without a database. */
public final class InMemory {

    public final Clock clock = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);
    public final Catalogue catalogueStore = new Catalogue();
    public final Ranges rangeStore = new Ranges();
    public final Jobs jobs = new Jobs();
    public final Calendar calendar = new Calendar();
    public final Areas areas = new Areas();
    public final CatalogueService catalogue = new CatalogueService(catalogueStore, rangeStore, clock);
    public final QuoteService quotes = new QuoteService(catalogueStore, rangeStore, areas, clock);
    public final SlotService slots = new SlotService(quotes, calendar, jobs, SlotRules.DEFAULTS, Zones.CHINA, clock);

    public static final class Catalogue implements CatalogueStore {
        final Map<String, Category> categories = new LinkedHashMap<>();
        final Map<UUID, ServiceItem> items = new LinkedHashMap<>();

        @Override
        public void saveCategory(Category category) {
            categories.put(category.code(), category);
        }

        @Override
        public Optional<Category> category(String code) {
            return Optional.ofNullable(categories.get(code));
        }

        @Override
        public List<Category> categories() {
            return categories.values().stream().sorted(Comparator.comparingInt(Category::sortOrder)).toList();
        }

        @Override
        public List<ServiceItem> items() {
            return items.values().stream().sorted(Comparator.<ServiceItem>comparingInt(i -> categories.get(i.categoryCode()).sortOrder())
                    .thenComparingInt(ServiceItem::sortOrder)).toList();
        }

        @Override
        public Optional<ServiceItem> item(UUID id) {
            return Optional.ofNullable(items.get(id));
        }

        @Override
        public List<ServiceItem> items(Collection<UUID> ids) {
            return items().stream().filter(i -> ids.contains(i.id())).toList();
        }

        @Override
        public Optional<ServiceItem> itemByCode(String code) {
            return items.values().stream().filter(i -> i.code().equals(code)).findFirst();
        }

        @Override
        public List<ServiceItem> itemsOf(String categoryCode) {
            return items().stream().filter(i -> i.categoryCode().equals(categoryCode)).toList();
        }

        @Override
        public boolean insert(ServiceItem item, UUID operatorId) {
            if (itemByCode(item.code()).isPresent()) {
                return false;
            }
            items.put(item.id(), item);
            return true;
        }

        @Override
        public boolean update(ServiceItem item, int expectedVersion, UUID operatorId) {
            ServiceItem current = items.get(item.id());
            if (current == null || current.version() != expectedVersion) {
                return false;
            }
            items.put(item.id(), item);
            return true;
        }
    }

    public static final class Ranges implements PriceRangeStore {
        final Map<String, PriceRange> ranges = new LinkedHashMap<>();

        @Override
        public void save(PriceRange range, UUID operatorId) {
            ranges.put(range.itemId() + range.region().value(), range);
        }

        @Override
        public boolean delete(UUID itemId, RegionCode region) {
            return ranges.remove(itemId + region.value()) != null;
        }

        @Override
        public List<PriceRange> of(UUID itemId) {
            return ranges.values().stream().filter(r -> r.itemId().equals(itemId)).toList();
        }

        @Override
        public List<PriceRange> of(Collection<UUID> itemIds, Collection<RegionCode> regions) {
            return ranges.values().stream().filter(r -> itemIds.contains(r.itemId()) && regions.contains(r.region())).toList();
        }
    }

    public static final class Jobs implements JobLedger {
        final Map<UUID, Map.Entry<UUID, TimeRange>> held = new HashMap<>();
        public final AtomicInteger reads = new AtomicInteger();

        @Override
        public void hold(UUID orderId, UUID workerId, TimeRange time) {
            held.put(orderId, Map.entry(workerId, time));
        }

        @Override
        public void release(UUID orderId) {
            held.remove(orderId);
        }

        @Override
        public Map<UUID, List<TimeRange>> jobs(Collection<UUID> workerIds, TimeRange range) {
            reads.incrementAndGet();
            Map<UUID, List<TimeRange>> out = new HashMap<>();
            held.values().stream().filter(e -> workerIds.contains(e.getKey()) && e.getValue().overlaps(range))
                    .forEach(e -> out.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            return out;
        }
    }

    /** Workers by skill and district with free ranges; counts the calls a search makes. */
    public static final class Calendar implements WorkerCalendar {
        record Entry(Set<Skill> skills, Set<String> districts, Set<CertificateType> certificates, List<TimeRange> free) {
        }

        final Map<UUID, Entry> workers = new LinkedHashMap<>();
        public final AtomicInteger eligibleCalls = new AtomicInteger();
        public final AtomicInteger freeTimeCalls = new AtomicInteger();

        public UUID add(Set<Skill> skills, Set<String> districts, Set<CertificateType> certificates, List<TimeRange> free) {
            UUID id = UUID.randomUUID();
            workers.put(id, new Entry(skills, districts, certificates, new ArrayList<>(free)));
            return id;
        }

        @Override
        public List<UUID> eligibleWorkers(Skill skill, RegionCode district, Set<CertificateType> requiredCertificates) {
            eligibleCalls.incrementAndGet();
            return workers.entrySet().stream().filter(e -> e.getValue().skills().contains(skill)
                            && e.getValue().districts().contains(district.value())
                            && e.getValue().certificates().containsAll(requiredCertificates))
                    .map(Map.Entry::getKey).toList();
        }

        @Override
        public Map<UUID, List<TimeRange>> freeTime(Collection<UUID> workerIds, TimeRange range) {
            freeTimeCalls.incrementAndGet();
            Map<UUID, List<TimeRange>> out = new HashMap<>();
            for (UUID id : workerIds) {
                out.put(id, workers.get(id).free().stream().filter(f -> f.overlaps(range)).toList());
            }
            return out;
        }

        @Override
        public void book(UUID workerId, UUID orderId, TimeRange time) {
            List<TimeRange> free = workers.get(workerId).free();
            List<TimeRange> left = new ArrayList<>();
            for (TimeRange f : free) {
                if (!f.overlaps(time)) {
                    left.add(f);
                    continue;
                }
                if (f.start().isBefore(time.start())) {
                    left.add(new TimeRange(f.start(), time.start()));
                }
                if (f.end().isAfter(time.end())) {
                    left.add(new TimeRange(time.end(), f.end()));
                }
            }
            free.clear();
            free.addAll(left);
        }

        @Override
        public void release(UUID orderId) {
            throw new UnsupportedOperationException("not needed by the slot search");
        }
    }

    /** Shenzhen's Nanshan (440305) and Futian (440304) are served, with one community in Nanshan. */
    public static final class Areas implements ServiceAreaDirectory {
        public final UUID nanshanCommunity = UUID.randomUUID();

        @Override
        public Optional<AreaView> servedRegion(RegionCode code) {
            return Set.of("440305", "440304", "440300").contains(code.value())
                    ? Optional.of(new AreaView(code.value(), "区" + code.value(), code.level())) : Optional.empty();
        }

        @Override
        public Optional<CommunityView> community(UUID communityId) {
            return communityId.equals(nanshanCommunity)
                    ? Optional.of(new CommunityView(communityId, "440305", "华润城润府", new GeoPoint(22.5405, 113.9508)))
                    : Optional.empty();
        }

        @Override
        public List<CommunityView> communitiesNear(GeoPoint point, long radiusMetres, int limit) {
            return List.of();
        }
    }
}
