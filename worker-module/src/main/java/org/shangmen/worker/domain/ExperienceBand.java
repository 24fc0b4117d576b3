package org.shangmen.worker.domain;

import java.util.OptionalInt;

/**
 * How long a worker has worked in home services, in whole years, as customers filter it. The bands are
 * half-open so that every number of years belongs to at most one band:
 * <ul>
 *   <li>{@link #ONE_TO_THREE}: 1 ≤ years &lt; 3 (one or two years);</li>
 *   <li>{@link #THREE_TO_FIVE}: 3 ≤ years &lt; 5 (three or four years);</li>
 *   <li>{@link #FIVE_PLUS}: years ≥ 5.</li>
 * </ul>
 * Less than one year belongs to no band.
 */
public enum ExperienceBand {
    ONE_TO_THREE(1, 3),
    THREE_TO_FIVE(3, 5),
    FIVE_PLUS(5, -1);

    private final int minYears;
    private final int maxYearsExclusive;

    ExperienceBand(int minYears, int maxYearsExclusive) {
        this.minYears = minYears;
        this.maxYearsExclusive = maxYearsExclusive;
    }

    /** The least number of years in the band (inclusive). */
    public int minYears() {
        return minYears;
    }

    /** The first number of years above the band (exclusive), or empty when the band is open upwards. */
    public OptionalInt maxYearsExclusive() {
        return maxYearsExclusive < 0 ? OptionalInt.empty() : OptionalInt.of(maxYearsExclusive);
    }

    public boolean contains(int years) {
        return years >= minYears && (maxYearsExclusive < 0 || years < maxYearsExclusive);
    }
}
