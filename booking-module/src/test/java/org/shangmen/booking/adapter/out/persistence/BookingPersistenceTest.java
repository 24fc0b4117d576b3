package org.shangmen.booking.adapter.out.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.booking.api.ItemStatus;
import org.shangmen.booking.api.OptionType;
import org.shangmen.booking.domain.Category;
import org.shangmen.booking.domain.Fixtures;
import org.shangmen.booking.domain.PriceRange;
import org.shangmen.booking.domain.ServiceItem;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.TimeRange;
import org.shangmen.worker.api.CertificateType;

class BookingPersistenceTest {

    private static Jdbi jdbi;
    private final Clock clock = Clock.fixed(Fixtures.NOW, ZoneOffset.UTC);
    private final List<UUID> items = new ArrayList<>();
    private final List<UUID> orders = new ArrayList<>();
    private final List<String> categories = new ArrayList<>();
    private final String suffix = UUID.randomUUID().toString().substring(0, 8);

    @BeforeAll
    static void database() {
        jdbi = TestDatabase.open();
    }

    @AfterEach
    void cleanUp() {
        jdbi.useHandle(h -> {
            for (UUID id : items) {
                h.execute("DELETE FROM booking.price_range WHERE item_id = ?", id);
                h.execute("DELETE FROM booking.service_item WHERE id = ?", id);
            }
            for (String code : categories) {
                h.execute("DELETE FROM booking.category WHERE code = ?", code);
            }
            for (UUID id : orders) {
                h.execute("DELETE FROM booking.worker_job WHERE order_id = ?", id);
            }
        });
    }

    private Category category(int sortOrder) {
        Category c = new Category("t" + suffix + "-" + sortOrder, "测试类别" + sortOrder, sortOrder);
        categories.add(c.code());
        return c;
    }

    private ServiceItem item(String category, String code) {
        ServiceItem template = Fixtures.dailyCleaning();
        var d = Fixtures.dailyCleaningDraft(code + "-" + suffix);
        ServiceItem item = ServiceItem.define(UUID.randomUUID(), new org.shangmen.booking.api.CatalogueAdministration.ItemDraft(
                d.code(), category, d.name(), d.description(), d.standards(), d.unit(), d.basePriceFen(), d.minimumMinutes(),
                d.typicalMinutes(), d.skill(), Set.of(CertificateType.HOUSEKEEPER, CertificateType.HEALTH), template.options()), 10,
                Fixtures.NOW);
        items.add(item.id());
        return item;
    }

    @Test
    @DisplayName("C2.1 A2.2 items round-trip with their options, standards and certificates; codes are unique; versions guard edits")
    void items() {
        JdbiCatalogueStore store = new JdbiCatalogueStore(jdbi, clock);
        Category cleaning = category(1);
        store.saveCategory(cleaning);
        store.saveCategory(new Category(cleaning.code(), "保洁清洗", 1));
        assertThat(store.category(cleaning.code())).map(Category::name).contains("保洁清洗");

        ServiceItem item = item(cleaning.code(), "daily");
        assertThat(store.insert(item, UUID.randomUUID())).isTrue();
        assertThat(store.insert(ServiceItem.define(UUID.randomUUID(), Fixtures.dailyCleaningDraft(item.code()), 20, Fixtures.NOW),
                UUID.randomUUID())).as("the code is taken").isFalse();

        ServiceItem read = store.item(item.id()).orElseThrow();
        assertThat(read).usingRecursiveComparison().ignoringFields("categoryCode").isEqualTo(item);
        assertThat(read.options()).extracting(o -> o.type()).contains(OptionType.CHOICE, OptionType.MULTI_CHOICE, OptionType.NUMBER,
                OptionType.TEXT);
        assertThat(read.requiredCertificates()).containsExactlyInAnyOrder(CertificateType.HOUSEKEEPER, CertificateType.HEALTH);
        assertThat(store.itemByCode(item.code())).map(ServiceItem::id).contains(item.id());

        ServiceItem retired = read.withStatus(ItemStatus.RETIRED, Fixtures.NOW.plusSeconds(60));
        assertThat(store.update(retired, 1, UUID.randomUUID())).isTrue();
        assertThat(store.update(retired, 1, UUID.randomUUID())).as("a stale version").isFalse();
        assertThat(store.item(item.id()).orElseThrow().status()).isEqualTo(ItemStatus.RETIRED);
        assertThat(store.item(item.id()).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    @DisplayName("C2.1 items list by category order then item order, and load by ids in one statement")
    void ordering() {
        JdbiCatalogueStore store = new JdbiCatalogueStore(jdbi, clock);
        Category second = category(9_998);
        Category first = category(9_997);
        store.saveCategory(second);
        store.saveCategory(first);
        ServiceItem b = item(first.code(), "b").withSortOrder(20, Fixtures.NOW);
        ServiceItem a = item(first.code(), "a").withSortOrder(10, Fixtures.NOW);
        ServiceItem c = item(second.code(), "c");
        store.insert(b, UUID.randomUUID());
        store.insert(a, UUID.randomUUID());
        store.insert(c, UUID.randomUUID());
        List<UUID> ours = store.items().stream().map(ServiceItem::id).filter(items::contains).toList();
        assertThat(ours).containsExactly(a.id(), b.id(), c.id());
        assertThat(store.itemsOf(first.code())).extracting(ServiceItem::id).containsExactly(a.id(), b.id());
        assertThat(store.items(List.of(c.id(), a.id()))).extracting(ServiceItem::id).containsExactly(a.id(), c.id());
    }

    @Test
    @DisplayName("A1.1 price ranges per item and region are created, replaced, read for a district with its city, and removed")
    void priceRanges() {
        JdbiCatalogueStore store = new JdbiCatalogueStore(jdbi, clock);
        Category cleaning = category(2);
        store.saveCategory(cleaning);
        ServiceItem item = item(cleaning.code(), "ranged");
        store.insert(item, UUID.randomUUID());
        JdbiPriceRangeStore ranges = new JdbiPriceRangeStore(jdbi, clock);
        ranges.save(new PriceRange(item.id(), RegionCode.of("440300"), 3_500, 8_000), UUID.randomUUID());
        ranges.save(new PriceRange(item.id(), RegionCode.of("440300"), 3_000, 7_000), UUID.randomUUID());
        ranges.save(new PriceRange(item.id(), RegionCode.of("440305"), 5_000, 9_000), UUID.randomUUID());
        assertThat(ranges.of(item.id())).extracting(PriceRange::minFen).containsExactly(3_000L, 5_000L);
        List<PriceRange> forNanshan = ranges.of(List.of(item.id()), List.of(RegionCode.of("440305"), RegionCode.of("440300")));
        assertThat(PriceRange.applicable(forNanshan, RegionCode.of("440305"))).map(PriceRange::maxFen).contains(9_000L);
        assertThat(ranges.delete(item.id(), RegionCode.of("440305"))).isTrue();
        assertThat(ranges.delete(item.id(), RegionCode.of("440305"))).isFalse();
        assertThat(ranges.of(List.of(item.id()), List.of(RegionCode.of("440305")))).isEmpty();
    }

    @Test
    @DisplayName("C2.3 the job ledger answers the jobs of many workers overlapping a window in one statement")
    void jobLedger() {
        JdbiJobLedger ledger = new JdbiJobLedger(jdbi, java.time.Clock.systemUTC());
        UUID worker = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Instant nine = Instant.parse("2031-05-06T01:00:00Z");
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        orders.addAll(List.of(first, second, third));
        ledger.hold(first, worker, TimeRange.of(nine, Duration.ofHours(2)));
        ledger.hold(second, worker, TimeRange.of(nine.plus(Duration.ofHours(5)), Duration.ofHours(1)));
        ledger.hold(third, other, TimeRange.of(nine, Duration.ofHours(1)));
        ledger.hold(second, worker, TimeRange.of(nine.plus(Duration.ofHours(4)), Duration.ofHours(1)));
        Map<UUID, List<TimeRange>> jobs = ledger.jobs(Set.of(worker), TimeRange.of(nine.plus(Duration.ofMinutes(90)), Duration.ofHours(4)));
        assertThat(jobs).containsOnlyKeys(worker);
        assertThat(jobs.get(worker)).containsExactlyInAnyOrder(TimeRange.of(nine, Duration.ofHours(2)),
                TimeRange.of(nine.plus(Duration.ofHours(4)), Duration.ofHours(1)));
        ledger.release(first);
        ledger.release(first);
        assertThat(ledger.jobs(List.of(worker, other), TimeRange.of(nine, Duration.ofHours(3))).keySet()).containsExactly(other);
    }
}
