package org.shangmen.dispatch.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.GeoPoint;

/**
 * The documented matching score (W2.1, A3.1), out of 100 points:
 * <ul>
 *   <li>distance, 40 points: 40 × (1 − d / 15 km), 0 beyond 15 km; a worker without a home point
 *       counts as {@link #UNKNOWN_DISTANCE} away;</li>
 *   <li>rating, 25 points: a Bayesian average that starts every worker at 4.5 stars with the weight
 *       of 5 reviews, so that one 5-star review does not outrank a long record; 3.0 stars or less
 *       scores 0, 5.0 scores 25;</li>
 *   <li>experience, 15 points: 1.5 per year up to 10 years;</li>
 *   <li>fairness, 20 points: 20 × (1 − recent orders / 10), so that work spreads across workers;</li>
 *   <li>preference: the customer's chosen or previous worker gets 10 extra points.</li>
 * </ul>
 * Ties go to the nearer worker, then the lower id, so a ranking is deterministic.
 */
public final class Ranking {

    public static final long REACH_METRES = 15_000;
    public static final long UNKNOWN_DISTANCE = 10_000;
    static final int PRIOR_TENTHS = 45;
    static final int PRIOR_WEIGHT = 5;

    private Ranking() {
    }

    public static List<Ranked> rank(GeoPoint place, List<Candidate> candidates, Set<UUID> favoured) {
        List<Ranked> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            long distance = c.home().map(place::distanceMetresTo).orElse(UNKNOWN_DISTANCE);
            out.add(new Ranked(c.workerId(), score(distance, c, favoured.contains(c.workerId())), distance));
        }
        out.sort(Comparator.comparingInt(Ranked::score).reversed().thenComparingLong(Ranked::distanceMetres)
                .thenComparing(Ranked::workerId));
        return out;
    }

    /** The score in hundredths of a point. */
    static int score(long distanceMetres, Candidate c, boolean favoured) {
        long d = Math.min(Math.max(distanceMetres, 0), REACH_METRES);
        long distancePart = 4_000 * (REACH_METRES - d) / REACH_METRES;
        long count = Math.max(c.ratingCount(), 0);
        long rating = (count * Math.max(c.ratingTenths(), 0) + (long) PRIOR_WEIGHT * PRIOR_TENTHS) / (count + PRIOR_WEIGHT);
        long ratingPart = Math.max(0, Math.min(20, rating - 30)) * 2_500 / 20;
        long experiencePart = Math.min(Math.max(c.experienceYears(), 0), 10) * 150L;
        long fairnessPart = 2_000 - Math.min(Math.max(c.recentLoad(), 0), 10) * 200L;
        return (int) (distancePart + ratingPart + experiencePart + fairnessPart + (favoured ? 1_000 : 0));
    }
}
