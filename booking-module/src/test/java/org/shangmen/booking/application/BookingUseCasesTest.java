package org.shangmen.booking.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.booking.api.CatalogueAdministration.CategoryDraft;
import org.shangmen.booking.api.CatalogueAdministration.ItemView;
import org.shangmen.booking.api.ItemStatus;
import org.shangmen.booking.application.port.in.FindSlots.SlotAnswer;
import org.shangmen.booking.application.port.in.FindSlots.SlotQuery;
import org.shangmen.booking.application.port.in.QuoteBasket.BasketLine;
import org.shangmen.booking.application.port.in.QuoteBasket.QuoteCommand;
import org.shangmen.booking.domain.FieldProblem;
import org.shangmen.booking.domain.Fixtures;
import org.shangmen.booking.domain.OptionsRejected;
import org.shangmen.booking.domain.Quote;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.TimeRange;
import org.shangmen.kernel.Zones;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;

class BookingUseCasesTest {

    private static final RegionCode NANSHAN = RegionCode.of("440305");
    private static final UUID OPERATOR = UUID.randomUUID();
    private static final LocalDate DAY = LocalDate.parse("2026-11-23");

    private InMemory booking;
    private ItemView daily;

    @BeforeEach
    void setUp() {
        booking = new InMemory();
        booking.catalogue.defineCategory(new CategoryDraft("cleaning", "保洁清洗", 10));
        booking.catalogue.defineCategory(new CategoryDraft("home-care", "家居养护", 20));
        daily = booking.catalogue.createItem(Fixtures.dailyCleaningDraft("daily-cleaning"), OPERATOR);
    }

    private static Instant at(LocalDate day, int hour) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, 0)).atZone(Zones.CHINA).toInstant();
    }

    private UUID cleaner(Set<CertificateType> certificates, TimeRange... free) {
        return booking.calendar.add(Set.of(Skill.DAILY_CLEANING), Set.of("440305"), certificates, List.of(free));
    }

    private SlotAnswer slots(List<BasketLine> basket) {
        return booking.slots.find(new SlotQuery(basket, NANSHAN, Optional.empty(), Optional.of(DAY), 3, false));
    }

    @Test
    @DisplayName("A2.2 operators create, edit, re-order and retire items; customers see only active ones, in order")
    void catalogueAdministration() {
        ItemView second = booking.catalogue.createItem(Fixtures.dailyCleaningDraft("window-cleaning"), OPERATOR);
        assertThat(second.sortOrder()).isGreaterThan(daily.sortOrder());
        assertThatThrownBy(() -> booking.catalogue.createItem(Fixtures.dailyCleaningDraft("daily-cleaning"), OPERATOR))
                .hasFieldOrPropertyWithValue("code", "booking.item-code-taken");
        List<ItemView> reordered = booking.catalogue.reorderItems("cleaning", List.of(second.id(), daily.id()), OPERATOR);
        assertThat(reordered).extracting(ItemView::id).containsExactly(second.id(), daily.id());
        assertThat(booking.catalogue.catalogue().getFirst().items()).extracting(i -> i.id()).containsExactly(second.id(), daily.id());
        assertThatThrownBy(() -> booking.catalogue.reorderItems("cleaning", List.of(daily.id()), OPERATOR))
                .hasFieldOrPropertyWithValue("code", "booking.reorder-mismatch");

        var d = Fixtures.dailyCleaningDraft("window-cleaning");
        var moved = new org.shangmen.booking.api.CatalogueAdministration.ItemDraft(d.code(), "home-care", "擦窗", d.description(),
                d.standards(), d.unit(), 5_000, d.minimumMinutes(), d.typicalMinutes(), d.skill(), d.requiredCertificates(), d.options());
        int version = booking.catalogue.item(second.id()).version();
        ItemView edited = booking.catalogue.editItem(second.id(), moved, version, OPERATOR);
        assertThat(edited.categoryCode()).isEqualTo("home-care");
        assertThatThrownBy(() -> booking.catalogue.editItem(second.id(), moved, version, OPERATOR))
                .hasFieldOrPropertyWithValue("code", "booking.item-edited-concurrently");

        booking.catalogue.retireItem(daily.id(), OPERATOR);
        assertThat(booking.catalogue.retireItem(daily.id(), OPERATOR).status()).isEqualTo(ItemStatus.RETIRED);
        assertThat(booking.catalogue.catalogue()).extracting(s -> s.category().code()).containsExactly("home-care");
        assertThatThrownBy(() -> booking.catalogue.item(daily.id(), Optional.empty())).hasFieldOrPropertyWithValue("code", "booking.item-not-found");
        assertThat(booking.catalogue.items()).hasSize(2);
        var x = Fixtures.dailyCleaningDraft("no-category");
        var elsewhere = new org.shangmen.booking.api.CatalogueAdministration.ItemDraft(x.code(), "nowhere", x.name(), x.description(),
                x.standards(), x.unit(), x.basePriceFen(), x.minimumMinutes(), x.typicalMinutes(), x.skill(), x.requiredCertificates(),
                x.options());
        assertThatThrownBy(() -> booking.catalogue.createItem(elsewhere, OPERATOR))
                .hasFieldOrPropertyWithValue("code", "booking.category-not-found");
    }

    @Test
    @DisplayName("A1.1 an item shows the district's price range, else the city's; a quote outside it is refused")
    void priceRanges() {
        booking.catalogue.setPriceRange(daily.id(), RegionCode.of("440300"), 3_500, 8_000, OPERATOR);
        assertThat(booking.catalogue.item(daily.id(), Optional.of(NANSHAN)).priceRange()).map(r -> r.maxFen()).contains(8_000L);
        booking.catalogue.setPriceRange(daily.id(), NANSHAN, 3_500, 5_000, OPERATOR);
        assertThat(booking.catalogue.item(daily.id(), Optional.of(NANSHAN)).priceRange()).map(r -> r.maxFen()).contains(5_000L);
        assertThat(booking.catalogue.item(daily.id(), Optional.of(RegionCode.of("440304"))).priceRange()).map(r -> r.maxFen()).contains(8_000L);
        assertThat(booking.catalogue.item(daily.id(), Optional.empty()).priceRange()).isEmpty();

        Instant start = at(DAY, 9);
        Quote plain = booking.quotes.quote(new QuoteCommand(List.of(new BasketLine(daily.id(), Map.of())), NANSHAN, Optional.empty(),
                Optional.empty(), start));
        assertThat(plain.totalFen()).isEqualTo(13_500);
        assertThatThrownBy(() -> booking.quotes.quote(new QuoteCommand(List.of(new BasketLine(daily.id(), Map.of("thoroughness", "deep"))),
                NANSHAN, Optional.empty(), Optional.empty(), start)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("booking.price-out-of-range");
                    assertThat(e.args()).containsExactly("日常保洁", org.shangmen.kernel.Money.ofFen(5_400),
                            org.shangmen.kernel.Money.ofFen(3_500), org.shangmen.kernel.Money.ofFen(5_000));
                });
        booking.catalogue.removePriceRange(daily.id(), NANSHAN, OPERATOR);
        assertThat(booking.quotes.quote(new QuoteCommand(List.of(new BasketLine(daily.id(), Map.of("thoroughness", "deep"))), NANSHAN,
                Optional.empty(), Optional.empty(), start)).lines().getFirst().unitPriceFen()).isEqualTo(5_400);
    }

    @Test
    @DisplayName("C2.2 a quote checks the district, the community, the start and every option with its field")
    void quoteChecks() {
        Instant start = at(DAY, 9);
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> booking.quotes.quote(new QuoteCommand(List.of(new BasketLine(daily.id(), Map.of("area", 35)),
                new BasketLine(unknown, Map.of())), NANSHAN, Optional.empty(), Optional.empty(), start)))
                .isInstanceOfSatisfying(OptionsRejected.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("items[0].options.area", "items[1].itemId"));
        assertThatThrownBy(() -> booking.quotes.quote(new QuoteCommand(List.of(new BasketLine(daily.id(), Map.of())),
                RegionCode.of("110105"), Optional.empty(), Optional.empty(), start)))
                .hasFieldOrPropertyWithValue("code", "booking.district-not-served");
        assertThatThrownBy(() -> booking.quotes.quote(new QuoteCommand(List.of(new BasketLine(daily.id(), Map.of())),
                RegionCode.of("440300"), Optional.empty(), Optional.empty(), start)))
                .hasFieldOrPropertyWithValue("code", "booking.district-invalid");
        assertThatThrownBy(() -> booking.quotes.quote(new QuoteCommand(List.of(new BasketLine(daily.id(), Map.of())),
                RegionCode.of("440304"), Optional.of(booking.areas.nanshanCommunity), Optional.empty(), start)))
                .hasFieldOrPropertyWithValue("code", "booking.community-not-in-district");
        assertThatThrownBy(() -> booking.quotes.quote(new QuoteCommand(List.of(new BasketLine(daily.id(), Map.of())), NANSHAN,
                Optional.empty(), Optional.empty(), Fixtures.NOW.minusSeconds(1))))
                .hasFieldOrPropertyWithValue("code", "booking.start-in-past");
        booking.catalogue.retireItem(daily.id(), OPERATOR);
        assertThatThrownBy(() -> booking.quotes.quote(new QuoteCommand(List.of(new BasketLine(daily.id(), Map.of())), NANSHAN,
                Optional.empty(), Optional.empty(), start)))
                .isInstanceOfSatisfying(OptionsRejected.class, e -> assertThat(e.problems().getFirst().code())
                        .isEqualTo("booking.basket-item-retired"));
    }

    @Test
    @DisplayName("C2.3 a certified worker's hours give slots; they disappear when booked, and for workers without the certificate")
    void slotsFollowTheCalendar() {
        UUID worker = cleaner(Set.of(CertificateType.HOUSEKEEPER), new TimeRange(at(DAY, 9), at(DAY, 12)));
        cleaner(Set.of(), new TimeRange(at(DAY, 9), at(DAY, 18)));
        SlotAnswer answer = slots(List.of(new BasketLine(daily.id(), Map.of())));
        assertThat(answer.visitMinutes()).isEqualTo(180);
        assertThat(answer.slots()).extracting(s -> s.start()).containsExactly(at(DAY, 9));
        assertThat(answer.slots().getFirst().workers()).isEqualTo(1);

        assertThat(slots(List.of(new BasketLine(daily.id(), Map.of("hours", 2))))).extracting(a -> a.slots().size()).isEqualTo(3);
        booking.calendar.book(worker, UUID.randomUUID(), new TimeRange(at(DAY, 10), at(DAY, 11)));
        assertThat(slots(List.of(new BasketLine(daily.id(), Map.of("hours", 2)))).slots()).isEmpty();
        assertThatThrownBy(() -> slots(List.of(new BasketLine(daily.id(), Map.of("hours", 20)))))
                .isInstanceOf(OptionsRejected.class);
    }

    @Test
    @DisplayName("C2.3 a search over 2 000 workers and 14 days calls each calendar read once and the job ledger once")
    void boundedReads() {
        for (int i = 0; i < 2_000; i++) {
            List<TimeRange> free = new ArrayList<>();
            for (int d = 0; d < 14; d++) {
                free.add(new TimeRange(at(DAY.plusDays(d), 8 + i % 3), at(DAY.plusDays(d), 12)));
                free.add(new TimeRange(at(DAY.plusDays(d), 13), at(DAY.plusDays(d), 17 + i % 2)));
            }
            cleaner(Set.of(CertificateType.HOUSEKEEPER), free.toArray(TimeRange[]::new));
        }
        SlotAnswer answer = booking.slots.find(new SlotQuery(List.of(new BasketLine(daily.id(), Map.of())), NANSHAN, Optional.empty(),
                Optional.of(DAY), 14, false));
        assertThat(booking.calendar.eligibleCalls).hasValue(1);
        assertThat(booking.calendar.freeTimeCalls).hasValue(1);
        assertThat(booking.jobs.reads).hasValue(1);
        assertThat(answer.slots()).as("08:00-09:00 and 13:00-15:00 every day").hasSize(14 * 8);
        assertThat(answer.slots().getFirst().workers()).isEqualTo(667);
    }

    @Test
    @DisplayName("C2.3 a basket needs one worker with every item's skill; as soon as possible answers the earliest start")
    void basketAndAsap() {
        ItemView maintenance = booking.catalogue.createItem(new org.shangmen.booking.api.CatalogueAdministration.ItemDraft("floor-care",
                "home-care", "地板保养", "", List.of(), org.shangmen.booking.api.PricingUnit.PER_VISIT, 20_000, 60, 60,
                Skill.HOME_MAINTENANCE, Set.of(), List.of()), OPERATOR);
        Instant soon = Fixtures.NOW;
        cleaner(Set.of(CertificateType.HOUSEKEEPER), new TimeRange(soon, soon.plus(Duration.ofHours(8))));
        booking.calendar.add(Set.of(Skill.DAILY_CLEANING, Skill.HOME_MAINTENANCE), Set.of("440305"), Set.of(CertificateType.HOUSEKEEPER),
                List.of(new TimeRange(at(DAY, 8), at(DAY, 18))));
        SlotAnswer both = slots(List.of(new BasketLine(daily.id(), Map.of()), new BasketLine(maintenance.id(), Map.of())));
        assertThat(both.visitMinutes()).isEqualTo(240);
        assertThat(both.slots()).allSatisfy(s -> assertThat(s.workers()).isEqualTo(1)).hasSize(13);
        assertThat(booking.calendar.eligibleCalls).hasValue(2);

        SlotAnswer asap = booking.slots.find(new SlotQuery(List.of(new BasketLine(daily.id(), Map.of())), NANSHAN, Optional.empty(),
                Optional.empty(), 1, true));
        assertThat(asap.slots()).extracting(s -> s.start()).containsExactly(Fixtures.NOW.plus(Duration.ofHours(1)));
        assertThatThrownBy(() -> booking.slots.find(new SlotQuery(List.of(new BasketLine(daily.id(), Map.of())), NANSHAN,
                Optional.empty(), Optional.of(DAY.minusDays(10)), 1, false))).hasFieldOrPropertyWithValue("code", "booking.slot-from-invalid");
        assertThatThrownBy(() -> new SlotQuery(List.of(new BasketLine(daily.id(), Map.of())), NANSHAN, Optional.empty(),
                Optional.of(DAY), 40, false)).hasFieldOrPropertyWithValue("code", "booking.slot-days-invalid");
    }
}
