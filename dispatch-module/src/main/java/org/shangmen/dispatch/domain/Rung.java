package org.shangmen.dispatch.domain;

import java.time.Duration;

/**
 * One rung of the ladder: how long it waits before escalating, how many workers it adds at most, and
 * how far they may live from the service (0 = no limit).
 */
public record Rung(Step step, Duration timeout, int maxOffers, long radiusMetres) {

    public Rung {
        if (step == null || timeout == null || timeout.isNegative() || timeout.isZero() || maxOffers < 0 || radiusMetres < 0) {
            throw new IllegalArgumentException("a rung waits a positive time and adds a non-negative number of workers");
        }
    }
}
