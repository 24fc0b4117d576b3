package org.shangmen.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CommissionTest {

    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant JUN = Instant.parse("2026-06-01T00:00:00Z");
    private static final Instant DEC = Instant.parse("2026-12-01T00:00:00Z");

    private static CommissionRule rule(String item, QualityTier tier, String region, int bp, Instant from, Instant until) {
        return new CommissionRule(UUID.randomUUID(), Optional.ofNullable(item), Optional.ofNullable(tier), Optional.ofNullable(region), bp,
                from, Optional.ofNullable(until));
    }

    @Test
    @DisplayName("A3.2 the quality tier follows the rating: 4.8 excellent, 4.5 good, otherwise (or unrated) standard")
    void tiers() {
        assertThat(QualityTier.ofRating(0)).isEqualTo(QualityTier.STANDARD);
        assertThat(QualityTier.ofRating(44)).isEqualTo(QualityTier.STANDARD);
        assertThat(QualityTier.ofRating(45)).isEqualTo(QualityTier.GOOD);
        assertThat(QualityTier.ofRating(47)).isEqualTo(QualityTier.GOOD);
        assertThat(QualityTier.ofRating(48)).isEqualTo(QualityTier.EXCELLENT);
    }

    @Test
    @DisplayName("A3.2 the most specific rule in force at completion applies: item before district before city before tier before none")
    void mostSpecificInForce() {
        CommissionRule platform = rule(null, null, null, 2_000, JAN, null);
        CommissionRule excellent = rule(null, QualityTier.EXCELLENT, null, 1_800, JAN, null);
        CommissionRule city = rule(null, null, "440300", 1_700, JAN, null);
        CommissionRule district = rule(null, null, "440304", 1_600, JAN, null);
        CommissionRule item = rule("daily-cleaning", null, null, 1_500, JAN, null);
        CommissionRule expired = rule("daily-cleaning", null, "440304", 1_000, JAN, JUN);
        List<CommissionRule> all = List.of(platform, excellent, city, district, item, expired);

        assertThat(Commission.split(all, List.of("daily-cleaning"), 49, "440304", 10_000, DEC, 2_500).rule()).contains(item);
        assertThat(Commission.split(all, List.of("daily-cleaning"), 49, "440304", 10_000, JAN.plusSeconds(1), 2_500).rule())
                .contains(expired);
        assertThat(Commission.split(all, List.of("nanny"), 49, "440304", 10_000, DEC, 2_500).rule()).contains(district);
        assertThat(Commission.split(all, List.of("nanny"), 49, "440305", 10_000, DEC, 2_500).rule()).contains(city);
        assertThat(Commission.split(all, List.of("nanny"), 49, "110105", 10_000, DEC, 2_500).rule()).contains(excellent);
        assertThat(Commission.split(all, List.of("nanny"), 40, "110105", 10_000, DEC, 2_500).rule()).contains(platform);
        Commission.Split none = Commission.split(List.of(), List.of("nanny"), 40, "110105", 10_000, DEC, 2_500);
        assertThat(none.rule()).isEmpty();
        assertThat(none.rateBp()).isEqualTo(2_500);
        assertThat(none.commissionFen()).isEqualTo(2_500);
    }

    @Test
    @DisplayName("A3.2 commission is the rate of the total rounded half-up to the fen, and commission plus share is always the total")
    void splitAddsUp() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 10_000; i++) {
            long total = random.nextLong(10_000_000);
            int rate = random.nextInt(10_001);
            Commission.Split split = Commission.split(List.of(rule(null, null, null, rate, JAN, null)), List.of("x"), 0, "440304", total,
                    DEC, 0);
            assertThat(split.commissionFen() + split.payableFen()).isEqualTo(total);
            assertThat(split.commissionFen()).isEqualTo((total * rate + 5_000) / 10_000);
            assertThat(split.payableFen()).isNotNegative();
        }
        assertThatThrownBy(() -> rule(null, null, null, 10_001, JAN, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rule(null, null, null, 100, JUN, JAN)).isInstanceOf(IllegalArgumentException.class);
    }
}
