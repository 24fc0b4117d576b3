package org.shangmen.booking.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.booking.api.CatalogueAdministration.ItemDraft;
import org.shangmen.booking.api.OptionSpec;
import org.shangmen.booking.api.OptionValue;
import org.shangmen.booking.api.PricingUnit;
import org.shangmen.booking.api.OrderDiscounts;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.api.Skill;

class PricingTest {

    private static final RegionCode NANSHAN = RegionCode.of("440305");

    private static Pricing.Line line(ServiceItem item, Map<String, Object> options) {
        List<FieldProblem> problems = new ArrayList<>();
        Customisation.Selection s = Customisation.resolve(item, "items[0].options.", options, problems).orElseThrow();
        return Pricing.line(item, s);
    }

    @Test
    @DisplayName("C2.2 daily cleaning: percentage raises the unit price, fixed surcharges add to the line, options add minutes")
    void dailyCleaning() {
        QuotedItem q = line(Fixtures.dailyCleaning(), Map.of("hours", 3, "thoroughness", "deep", "products", "eco",
                "focus", List.of("hood"))).quoted();
        assertThat(q.unitPriceFen()).isEqualTo(4_500 + 900);
        assertThat(q.quantity()).isEqualTo(3);
        assertThat(q.baseFen()).isEqualTo(16_200);
        assertThat(q.surchargeFen()).isEqualTo(3_000 + 2_500);
        assertThat(q.lineTotalFen()).isEqualTo(21_700);
        assertThat(q.minutes()).isEqualTo(180 + 30 + 30);
        assertThat(q.itemName()).isEqualTo("日常保洁");
        assertThat(q.unit()).isEqualTo(PricingUnit.PER_HOUR);
    }

    private static ServiceItem visitWithPercent(long base, int basisPoints) {
        return ServiceItem.define(UUID.randomUUID(), new ItemDraft("probe", "cleaning", "测试", "", List.of(), PricingUnit.PER_VISIT, base,
                60, 60, Skill.DAILY_CLEANING, java.util.Set.of(), List.of(OptionSpec.choice("extra", "加价", false,
                List.of(OptionValue.percent("up", "加", basisPoints, 0), OptionValue.percent("up2", "再加", basisPoints, 0))))),
                0, Fixtures.NOW);
    }

    @Test
    @DisplayName("C2.2 percentage surcharges are rounded half-up to the fen once per line")
    void halfUp() {
        assertThat(line(visitWithPercent(4_525, 1_000), Map.of("extra", "up")).quoted().unitPriceFen()).isEqualTo(4_525 + 453);
        assertThat(line(visitWithPercent(4_524, 1_000), Map.of("extra", "up")).quoted().unitPriceFen()).isEqualTo(4_524 + 452);
        assertThat(line(visitWithPercent(1, 5_000), Map.of("extra", "up")).quoted().unitPriceFen()).isEqualTo(2);
        assertThat(line(visitWithPercent(1, 4_999), Map.of("extra", "up")).quoted().unitPriceFen()).isEqualTo(1);
        assertThat(Pricing.percentHalfUp(1_235, 2_000)).isEqualTo(247);
    }

    @Test
    @DisplayName("C2.2 per-square-metre prices are exact: unit price × whole square metres, minutes per square metre")
    void perSquareMetre() {
        QuotedItem q = line(Fixtures.deepCleaning(), Map.of("area", 137, "kitchenGrease", "yes")).quoted();
        assertThat(q.baseFen()).isEqualTo(800L * 137);
        assertThat(q.lineTotalFen()).isEqualTo(800L * 137 + 8_000);
        assertThat(q.minutes()).isEqualTo(120 + 2 * 137 + 60);
        assertThat(line(Fixtures.deepCleaning(), Map.of("area", 30)).quoted().minutes()).as("never below the minimum").isEqualTo(240);
    }

    @Test
    @DisplayName("C2.2 per-unit surcharges of a number option and per-appliance prices multiply exactly")
    void perUnit() {
        QuotedItem visit = line(Fixtures.homeMaintenance(), Map.of("floorArea", 50, "surfaces", List.of("stone"))).quoted();
        assertThat(visit.surchargeFen()).isEqualTo(50 * 300 + 15_000);
        assertThat(visit.lineTotalFen()).isEqualTo(26_000 + 15_000 + 15_000);
        QuotedItem appliances = line(Fixtures.applianceCleaning(), Map.of("appliance", "cabinetAc", "count", 3)).quoted();
        assertThat(appliances.unitPriceFen()).isEqualTo(18_000);
        assertThat(appliances.lineTotalFen()).isEqualTo(54_000);
        assertThat(appliances.minutes()).isEqualTo(30 + 3 * 60);
    }

    @Test
    @DisplayName("C2.2 a day-priced line counts all days in its minutes but one day in the first visit")
    void perDay() {
        Pricing.Line line = line(Fixtures.maternityNurse(), Map.of("level", "gold", "twins", "yes"));
        assertThat(line.quoted().unitPriceFen()).isEqualTo(52_000 + 31_200 + 15_600);
        assertThat(line.quoted().lineTotalFen()).isEqualTo(98_800L * 26);
        assertThat(line.quoted().minutes()).isEqualTo(26 * 480);
        assertThat(line.visitMinutes()).isEqualTo(480);
    }

    @Test
    @DisplayName("C2.2 a quote sums its lines; the discount stays within the subtotal; an empty or oversized basket is refused")
    void quote() {
        Pricing.Line a = line(Fixtures.dailyCleaning(), Map.of());
        Pricing.Line b = line(Fixtures.homeMaintenance(), Map.of());
        Quote quote = Quote.of(NANSHAN, Fixtures.NOW, List.of(a, b));
        assertThat(quote.subtotalFen()).isEqualTo(13_500 + 26_000);
        assertThat(quote.totalFen()).isEqualTo(quote.subtotalFen());
        assertThat(quote.estimatedMinutes()).isEqualTo(180 + 180);
        assertThat(quote.estimatedEnd()).isEqualTo(Fixtures.NOW.plusSeconds(360 * 60));
        Quote whole = Quote.of(NANSHAN, Fixtures.NOW, List.of(a));
        assertThat(whole.withDiscounts(discounted(whole.subtotalFen())).totalFen()).isZero();
        Quote less = quote.withDiscounts(discounted(1_000, 500));
        assertThat(less.discountFen()).isEqualTo(1_500);
        assertThat(less.totalFen()).isEqualTo(quote.subtotalFen() - 1_500);
        assertThat(less.discounts()).hasSize(2);
        assertThatThrownBy(() -> whole.withDiscounts(discounted(whole.subtotalFen() + 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Quote.of(NANSHAN, Fixtures.NOW, List.of())).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Quote.of(NANSHAN, Fixtures.NOW, List.of(a, a, a, a, a, a)))
                .hasFieldOrPropertyWithValue("code", "booking.basket-too-large");
    }

    static OrderDiscounts.Discounted discounted(long... amounts) {
        return new OrderDiscounts.Discounted(java.util.Arrays.stream(amounts)
                .mapToObj(a -> new OrderDiscounts.Discount("COUPON", UUID.randomUUID(), "券", a)).toList());
    }

    /** A random valid choice for every declared option, sometimes left out. */
    static Map<String, Object> randomOptions(ServiceItem item, SplittableRandom random) {
        Map<String, Object> options = new HashMap<>();
        for (OptionSpec spec : item.options()) {
            boolean give = spec.required() && spec.defaultValue() == null || random.nextInt(4) > 0;
            if (!give) {
                continue;
            }
            switch (spec.type()) {
                case CHOICE -> options.put(spec.key(), spec.values().get(random.nextInt(spec.values().size())).key());
                case MULTI_CHOICE -> {
                    List<String> keys = new ArrayList<>(spec.values().stream().map(OptionValue::key).toList());
                    java.util.Collections.shuffle(keys, new java.util.Random(random.nextLong()));
                    options.put(spec.key(), keys.subList(0, random.nextInt(spec.maxChoices() + 1)));
                }
                case NUMBER -> options.put(spec.key(), spec.min() + spec.step() * random.nextInt((spec.max() - spec.min()) / spec.step() + 1));
                case TEXT -> options.put(spec.key(), "备注".repeat(random.nextInt(spec.maxLength() / 2 + 1)));
            }
        }
        return options;
    }

    @Test
    @DisplayName("C2.2 over 5 000 random baskets: total = Σ lines − discount, no negative amount, duration ≥ the items' minimums")
    void randomBaskets() {
        SplittableRandom random = new SplittableRandom(20_261_201L);
        List<ServiceItem> catalogue = Fixtures.all();
        for (int basket = 0; basket < 5_000; basket++) {
            int size = 1 + random.nextInt(Quote.MAX_LINES);
            List<Pricing.Line> lines = new ArrayList<>();
            int minimums = 0;
            for (int i = 0; i < size; i++) {
                ServiceItem item = catalogue.get(random.nextInt(catalogue.size()));
                minimums += item.minimumMinutes();
                lines.add(line(item, randomOptions(item, random)));
            }
            Quote full = Quote.of(NANSHAN, Fixtures.NOW, lines);
            Quote quote = random.nextInt(3) == 0 ? full.withDiscounts(discounted(random.nextLong(1, full.subtotalFen() + 1))) : full;
            long sum = 0;
            for (QuotedItem q : quote.lines()) {
                assertThat(q.unitPriceFen()).isPositive();
                assertThat(q.baseFen()).isEqualTo(q.unitPriceFen() * q.quantity());
                assertThat(q.surchargeFen()).isNotNegative();
                assertThat(q.lineTotalFen()).isEqualTo(q.baseFen() + q.surchargeFen());
                assertThat(q.options()).allSatisfy(o -> assertThat(o.surchargeFen()).isNotNegative());
                sum += q.lineTotalFen();
            }
            assertThat(quote.subtotalFen()).isEqualTo(sum);
            assertThat(quote.discountFen()).isBetween(0L, quote.subtotalFen());
            assertThat(quote.totalFen()).isEqualTo(sum - quote.discountFen()).isNotNegative();
            assertThat(quote.estimatedMinutes()).isGreaterThanOrEqualTo(minimums);
            assertThat(quote.visitMinutes()).isPositive().isLessThanOrEqualTo(quote.estimatedMinutes());
        }
    }
}
