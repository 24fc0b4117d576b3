package org.shangmen.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.kernel.DomainException;

class DiscountingTest {

    static final Instant NOW = Instant.parse("2026-11-25T02:00:00Z");
    static final UUID CUSTOMER = UUID.randomUUID();
    static final String FUTIAN = "440304";

    static Promotion promotion(Promotion.Kind kind, DiscountRule rule, Set<String> items, Optional<String> region, int limit,
                               Optional<Long> budget, long spent) {
        return new Promotion(UUID.randomUUID(), kind, kind + " " + rule.type(), rule, items, region, NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(30)), limit, budget, spent, Optional.empty(), 0, Optional.empty(), Promotion.Status.ACTIVE,
                NOW.minus(Duration.ofDays(2)));
    }

    static Promotion coupons(DiscountRule rule, Set<String> items) {
        return new Promotion(UUID.randomUUID(), Promotion.Kind.COUPON, "券", rule, items, Optional.empty(), NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(30)), 1, Optional.empty(), 0, Optional.of(100), 1, Optional.of(7), Promotion.Status.ACTIVE,
                NOW.minus(Duration.ofDays(2)));
    }

    static Discounting.Chosen chosen(Promotion p, Coupon.Status status, Instant until) {
        return new Discounting.Chosen(new Coupon(UUID.randomUUID(), p.id(), CUSTOMER, status, NOW.minus(Duration.ofHours(1)), until,
                status == Coupon.Status.USED ? Optional.of(UUID.randomUUID()) : Optional.empty(), Optional.empty()), p);
    }

    static Discounting.Context context(boolean first, Map<UUID, Integer> uses) {
        return new Discounting.Context(Optional.of(CUSTOMER), FUTIAN, NOW, first, uses);
    }

    static final List<Discounting.Line> BASKET = List.of(new Discounting.Line("daily-cleaning", 27_000),
            new Discounting.Line("deep-cleaning", 50_000));

    @Test
    @DisplayName("C4.2 a fixed amount, a percentage rounded down and capped, nothing below the threshold, never above the amount")
    void rules() {
        assertThat(DiscountRule.fixed(2_000, 10_000).discountOn(9_999)).isZero();
        assertThat(DiscountRule.fixed(2_000, 10_000).discountOn(10_000)).isEqualTo(2_000);
        assertThat(DiscountRule.fixed(2_000, 0).discountOn(1_500)).isEqualTo(1_500);
        assertThat(DiscountRule.percent(1_000, Optional.empty(), 0).discountOn(12_345)).isEqualTo(1_234);
        assertThat(DiscountRule.percent(1_000, Optional.of(1_500L), 0).discountOn(27_000)).isEqualTo(1_500);
        assertThat(DiscountRule.percent(1_000, Optional.of(1_500L), 0).discountOn(0)).isZero();
        assertThatThrownBy(() -> DiscountRule.percent(10_000, Optional.empty(), 0))
                .hasFieldOrPropertyWithValue("code", "billing.promotion-rule-invalid");
        assertThatThrownBy(() -> DiscountRule.fixed(0, 0)).hasFieldOrPropertyWithValue("code", "billing.promotion-rule-invalid");
        assertThatThrownBy(() -> DiscountRule.percent(500, Optional.of(0L), 0)).hasFieldOrPropertyWithValue("code", "billing.promotion-rule-invalid");
        assertThatThrownBy(() -> DiscountRule.fixed(100, -1)).hasFieldOrPropertyWithValue("code", "billing.promotion-rule-invalid");
    }

    @Test
    @DisplayName("C4.2 the best automatic promotion applies alone; an item promotion counts only its items; the first order needs a customer")
    void automatic() {
        Promotion item = promotion(Promotion.Kind.ITEM, DiscountRule.percent(2_000, Optional.empty(), 0), Set.of("daily-cleaning"),
                Optional.empty(), 3, Optional.empty(), 0);
        Promotion first = promotion(Promotion.Kind.FIRST_ORDER, DiscountRule.fixed(3_000, 10_000), Set.of(), Optional.empty(), 1,
                Optional.empty(), 0);
        List<Discounting.Applied> firstOrder = Discounting.apply(BASKET, List.of(item, first), context(true, Map.of()), Optional.empty());
        assertThat(firstOrder).singleElement().satisfies(a -> {
            assertThat(a.promotion()).isEqualTo(item);
            assertThat(a.amountFen()).isEqualTo(5_400);
            assertThat(a.kind()).isEqualTo("PROMOTION");
        });
        Promotion bigFirst = promotion(Promotion.Kind.FIRST_ORDER, DiscountRule.fixed(6_000, 10_000), Set.of(), Optional.empty(), 1,
                Optional.empty(), 0);
        assertThat(Discounting.apply(BASKET, List.of(item, bigFirst), context(true, Map.of()), Optional.empty()))
                .singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo("FIRST_ORDER"));
        assertThat(Discounting.apply(BASKET, List.of(bigFirst), context(false, Map.of()), Optional.empty())).isEmpty();
        assertThat(Discounting.apply(BASKET, List.of(bigFirst),
                new Discounting.Context(Optional.empty(), FUTIAN, NOW, true, Map.of()), Optional.empty())).isEmpty();
        // Used up by this customer, elsewhere, over budget, paused, not yet started: nothing.
        assertThat(Discounting.apply(BASKET, List.of(item), context(false, Map.of(item.id(), 3)), Optional.empty())).isEmpty();
        Promotion elsewhere = promotion(Promotion.Kind.ITEM, DiscountRule.fixed(1_000, 0), Set.of(), Optional.of("440100"), 1,
                Optional.empty(), 0);
        Promotion inCity = promotion(Promotion.Kind.ITEM, DiscountRule.fixed(1_000, 0), Set.of(), Optional.of("440300"), 1,
                Optional.empty(), 0);
        Promotion spent = promotion(Promotion.Kind.ITEM, DiscountRule.fixed(1_000, 0), Set.of(), Optional.empty(), 1,
                Optional.of(10_000L), 9_500);
        assertThat(Discounting.apply(BASKET, List.of(elsewhere, spent), context(false, Map.of()), Optional.empty())).isEmpty();
        assertThat(Discounting.apply(BASKET, List.of(inCity), context(false, Map.of()), Optional.empty())).hasSize(1);
    }

    @Test
    @DisplayName("C4.2 a coupon applies on what the automatic promotion left, within its items and threshold; each refusal says why")
    void coupon() {
        Promotion item = promotion(Promotion.Kind.ITEM, DiscountRule.fixed(5_000, 0), Set.of("deep-cleaning"), Optional.empty(), 3,
                Optional.empty(), 0);
        Promotion tenPercent = coupons(DiscountRule.percent(1_000, Optional.of(10_000L), 0), Set.of());
        List<Discounting.Applied> both = Discounting.apply(BASKET, List.of(item), context(false, Map.of()),
                Optional.of(chosen(tenPercent, Coupon.Status.AVAILABLE, NOW.plus(Duration.ofDays(1)))));
        assertThat(both).extracting(Discounting.Applied::kind).containsExactly("PROMOTION", "COUPON");
        assertThat(both).extracting(Discounting.Applied::amountFen).containsExactly(5_000L, 7_200L);

        Promotion onlyDaily = coupons(DiscountRule.fixed(3_000, 30_000), Set.of("daily-cleaning"));
        assertThatThrownBy(() -> Discounting.apply(BASKET, List.of(), context(false, Map.of()),
                Optional.of(chosen(onlyDaily, Coupon.Status.AVAILABLE, NOW.plus(Duration.ofDays(1))))))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("code", "billing.coupon-threshold");
        Promotion otherItem = coupons(DiscountRule.fixed(3_000, 0), Set.of("maternity-care"));
        assertThatThrownBy(() -> Discounting.apply(BASKET, List.of(), context(false, Map.of()),
                Optional.of(chosen(otherItem, Coupon.Status.AVAILABLE, NOW.plus(Duration.ofDays(1))))))
                .hasFieldOrPropertyWithValue("code", "billing.coupon-items");
        assertThatThrownBy(() -> Discounting.apply(BASKET, List.of(), context(false, Map.of()),
                Optional.of(chosen(tenPercent, Coupon.Status.USED, NOW.plus(Duration.ofDays(1))))))
                .hasFieldOrPropertyWithValue("code", "billing.coupon-used");
        assertThatThrownBy(() -> Discounting.apply(BASKET, List.of(), context(false, Map.of()),
                Optional.of(chosen(tenPercent, Coupon.Status.AVAILABLE, NOW))))
                .hasFieldOrPropertyWithValue("code", "billing.coupon-expired");
    }

    @Test
    @DisplayName("C4.2 over 5 000 random baskets and promotions: discounts are positive, at most one automatic and one coupon, "
            + "and together never more than the basket")
    void randomBaskets() {
        SplittableRandom random = new SplittableRandom(20_261_125L);
        List<String> items = List.of("daily-cleaning", "deep-cleaning", "nanny", "elderly-care");
        for (int round = 0; round < 5_000; round++) {
            List<Discounting.Line> lines = new ArrayList<>();
            for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
                lines.add(new Discounting.Line(items.get(random.nextInt(items.size())), random.nextLong(1, 200_000)));
            }
            List<Promotion> automatic = new ArrayList<>();
            for (int i = 0, n = random.nextInt(4); i < n; i++) {
                automatic.add(promotion(random.nextBoolean() ? Promotion.Kind.ITEM : Promotion.Kind.FIRST_ORDER, rule(random),
                        random.nextBoolean() ? Set.of() : Set.of(items.get(random.nextInt(items.size()))), Optional.empty(), 1,
                        Optional.empty(), 0));
            }
            Optional<Discounting.Chosen> coupon = random.nextBoolean() ? Optional.empty()
                    : Optional.of(chosen(coupons(rule(random), Set.of()), Coupon.Status.AVAILABLE, NOW.plus(Duration.ofDays(1))));
            long subtotal = lines.stream().mapToLong(Discounting.Line::amountFen).sum();
            List<Discounting.Applied> applied;
            try {
                applied = Discounting.apply(lines, automatic, context(random.nextBoolean(), Map.of()), coupon);
            } catch (DomainException e) {
                assertThat(e.code()).isEqualTo("billing.coupon-threshold");
                continue;
            }
            assertThat(applied).allSatisfy(a -> assertThat(a.amountFen()).isPositive());
            assertThat(applied.stream().filter(a -> a.coupon().isEmpty()).count()).isLessThanOrEqualTo(1);
            assertThat(applied.stream().filter(a -> a.coupon().isPresent()).count()).isLessThanOrEqualTo(1);
            assertThat(applied.stream().mapToLong(Discounting.Applied::amountFen).sum()).isLessThanOrEqualTo(subtotal);
        }
    }

    private static DiscountRule rule(SplittableRandom random) {
        long threshold = random.nextInt(3) == 0 ? random.nextLong(0, 300_000) : 0;
        return random.nextBoolean() ? DiscountRule.fixed(random.nextLong(1, 400_000), threshold)
                : DiscountRule.percent(random.nextInt(1, 10_000), random.nextBoolean() ? Optional.empty()
                : Optional.of(random.nextLong(1, 100_000)), threshold);
    }
}
