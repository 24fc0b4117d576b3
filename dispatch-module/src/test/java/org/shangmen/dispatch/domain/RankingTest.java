package org.shangmen.dispatch.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.kernel.GeoPoint;

class RankingTest {

    static final GeoPoint PLACE = new GeoPoint(22.54, 114.05);

    static Candidate candidate(double dLat, int ratingTenths, int ratingCount, int years, int load) {
        return new Candidate(UUID.randomUUID(), Optional.of(new GeoPoint(PLACE.latitude() + dLat, PLACE.longitude())), ratingTenths,
                ratingCount, years, load);
    }

    @Test
    @DisplayName("W2.1 with everything else equal, the nearer worker ranks first")
    void nearerFirst() {
        Candidate far = candidate(0.05, 48, 20, 5, 2);
        Candidate near = candidate(0.01, 48, 20, 5, 2);
        assertThat(Ranking.rank(PLACE, List.of(far, near), Set.of())).extracting(Ranked::workerId)
                .containsExactly(near.workerId(), far.workerId());
    }

    @Test
    @DisplayName("A3.1 one five-star review does not outrank a long record of 4.8 stars (Bayesian rating)")
    void bayesianRating() {
        Candidate lucky = candidate(0.01, 50, 1, 5, 0);
        Candidate proven = candidate(0.01, 48, 200, 5, 0);
        assertThat(Ranking.rank(PLACE, List.of(lucky, proven), Set.of()).getFirst().workerId()).isEqualTo(proven.workerId());
    }

    @Test
    @DisplayName("A3.1 fairness: a worker who took fewer orders this week ranks above an equal busier one")
    void fairness() {
        Candidate busy = candidate(0.01, 48, 50, 5, 8);
        Candidate idle = candidate(0.01, 48, 50, 5, 0);
        assertThat(Ranking.rank(PLACE, List.of(busy, idle), Set.of()).getFirst().workerId()).isEqualTo(idle.workerId());
    }

    @Test
    @DisplayName("C2.4 the customer's chosen or previous worker gets the preference bonus")
    void preference() {
        Candidate chosen = candidate(0.03, 46, 10, 3, 3);
        Candidate other = candidate(0.01, 48, 10, 3, 3);
        assertThat(Ranking.rank(PLACE, List.of(other, chosen), Set.of(chosen.workerId())).getFirst().workerId())
                .isEqualTo(chosen.workerId());
        assertThat(Ranking.rank(PLACE, List.of(other, chosen), Set.of()).getFirst().workerId()).isEqualTo(other.workerId());
    }

    @Test
    @DisplayName("A3.1 scores stay within 0–100 points (plus the bonus) and rankings are sorted and deterministic for random workers")
    void boundsAndOrder() {
        SplittableRandom random = new SplittableRandom(20261125);
        for (int round = 0; round < 200; round++) {
            List<Candidate> candidates = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                Optional<GeoPoint> home = random.nextInt(10) == 0 ? Optional.empty()
                        : Optional.of(new GeoPoint(PLACE.latitude() + random.nextDouble(-0.3, 0.3), PLACE.longitude() + random.nextDouble(-0.3, 0.3)));
                candidates.add(new Candidate(UUID.randomUUID(), home, random.nextInt(0, 51), random.nextInt(0, 500), random.nextInt(0, 40),
                        random.nextInt(0, 30)));
            }
            List<Ranked> ranked = Ranking.rank(PLACE, candidates, Set.of());
            assertThat(ranked).hasSize(30);
            for (int i = 0; i < ranked.size(); i++) {
                assertThat(ranked.get(i).score()).isBetween(0, 10_000);
                if (i > 0) {
                    assertThat(ranked.get(i).score()).isLessThanOrEqualTo(ranked.get(i - 1).score());
                }
            }
            List<Candidate> reversed = new ArrayList<>(candidates);
            java.util.Collections.reverse(reversed);
            assertThat(Ranking.rank(PLACE, reversed, Set.of())).isEqualTo(ranked);
        }
    }

    @Test
    @DisplayName("A3.1 a worker without a home point counts as 10 km away")
    void unknownHome() {
        Candidate unknown = new Candidate(UUID.randomUUID(), Optional.empty(), 48, 20, 5, 0);
        assertThat(Ranking.rank(PLACE, List.of(unknown), Set.of()).getFirst().distanceMetres()).isEqualTo(Ranking.UNKNOWN_DISTANCE);
    }
}
