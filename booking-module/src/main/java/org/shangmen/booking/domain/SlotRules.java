package org.shangmen.booking.domain;

import java.time.Duration;

/**
 * The scheduling rules every worker's slots obey (C2.3). The worker module does not keep per-worker
 * values for these yet, so they are platform-wide, configurable, with the defaults below.
 *
 * @param minimumNotice  a booked start lies at least this far after now
 * @param asapNotice     "as soon as possible": the earliest start after now (time to get there)
 * @param asapHorizon    "as soon as possible" looks this far ahead
 * @param travelBuffer   free time kept before and after each job a worker already has
 * @param maxJobsPerDay  a worker with this many jobs starting on a local day takes no more that day
 * @param granularity    starts lie on this grid of local wall-clock time (30 minutes: :00 and :30)
 */
public record SlotRules(Duration minimumNotice, Duration asapNotice, Duration asapHorizon, Duration travelBuffer,
                        int maxJobsPerDay, Duration granularity) {

    public static final Duration DEFAULT_MINIMUM_NOTICE = Duration.ofHours(2);
    public static final Duration DEFAULT_ASAP_NOTICE = Duration.ofHours(1);
    public static final Duration DEFAULT_ASAP_HORIZON = Duration.ofHours(6);
    public static final Duration DEFAULT_TRAVEL_BUFFER = Duration.ofMinutes(30);
    public static final int DEFAULT_MAX_JOBS_PER_DAY = 3;
    public static final Duration GRANULARITY = Duration.ofMinutes(30);
    public static final SlotRules DEFAULTS = new SlotRules(DEFAULT_MINIMUM_NOTICE, DEFAULT_ASAP_NOTICE, DEFAULT_ASAP_HORIZON,
            DEFAULT_TRAVEL_BUFFER, DEFAULT_MAX_JOBS_PER_DAY, GRANULARITY);

    public SlotRules {
        if (minimumNotice.isNegative() || asapNotice.isNegative() || !asapHorizon.isPositive() || travelBuffer.isNegative()
                || maxJobsPerDay < 1 || granularity.toMinutes() < 15 || granularity.toMinutes() % 15 != 0
                || 1440 % granularity.toMinutes() != 0) {
            throw new IllegalArgumentException("slot rules out of range");
        }
    }
}
