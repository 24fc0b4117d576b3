package org.shangmen.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class QualityTierComplaintsTest {

    @Test
    @DisplayName("A2.1 A3.2 upheld complaints lower the quality tier: one band from 20 per thousand orders, standard from 50")
    void complaintsLowerTheTier() {
        assertThat(QualityTier.of(49, 0)).isEqualTo(QualityTier.EXCELLENT);
        assertThat(QualityTier.of(49, 19)).isEqualTo(QualityTier.EXCELLENT);
        assertThat(QualityTier.of(49, 20)).isEqualTo(QualityTier.GOOD);
        assertThat(QualityTier.of(46, 20)).isEqualTo(QualityTier.STANDARD);
        assertThat(QualityTier.of(49, 50)).isEqualTo(QualityTier.STANDARD);
        assertThat(QualityTier.of(40, 0)).isEqualTo(QualityTier.STANDARD);
    }

    @Test
    @DisplayName("A2.1 A3.2 an excellent worker's rule no longer applies once complaints lower the tier")
    void ruleFollowsTheLoweredTier() {
        Instant from = Instant.parse("2026-01-01T00:00:00Z");
        CommissionRule excellent = new CommissionRule(UUID.randomUUID(), Optional.empty(), Optional.of(QualityTier.EXCELLENT),
                Optional.empty(), 1_000, from, Optional.empty());
        Instant at = from.plusSeconds(3600);
        assertThat(Commission.split(List.of(excellent), List.of("x"), QualityTier.of(49, 0), "440304", 10_000, at, 2_000).rateBp())
                .isEqualTo(1_000);
        assertThat(Commission.split(List.of(excellent), List.of("x"), QualityTier.of(49, 30), "440304", 10_000, at, 2_000).rateBp())
                .isEqualTo(2_000);
    }
}
