package org.shangmen.provider;

import java.time.Duration;

/**
 * {@code shangmen.providers.<name>.*}: how one outside provider is called. Every field may be left out; it
 * then comes from {@code shangmen.providers.default.*}, and after that from {@link #BUILT_IN}.
 *
 * @param timeout               the longest one attempt may take before it counts as a failure
 * @param maxAttempts           attempts in all, the first included; only server and network errors are repeated
 * @param firstRetryWait        the pause before the first repeat; it doubles after that
 * @param failureRateThreshold  the share of failed calls (percent) that opens the circuit breaker
 * @param slidingWindowSize     how many of the latest calls the breaker looks at
 * @param minimumNumberOfCalls  how many calls the breaker needs before it decides
 * @param waitInOpenState       how long an open breaker refuses calls before it lets a few through to try
 */
public record ProviderSettings(Duration timeout, Integer maxAttempts, Duration firstRetryWait, Float failureRateThreshold,
                               Integer slidingWindowSize, Integer minimumNumberOfCalls, Duration waitInOpenState) {

    /** The platform's defaults: 10 s per attempt, 3 attempts from 200 ms, a breaker of 10 calls opening at 50 % for 30 s. */
    public static final ProviderSettings BUILT_IN = new ProviderSettings(Duration.ofSeconds(10), 3, Duration.ofMillis(200),
            50f, 10, 5, Duration.ofSeconds(30));

    /** Settings that change nothing: every field is taken from the defaults. */
    public static final ProviderSettings NONE = new ProviderSettings(null, null, null, null, null, null, null);

    public ProviderSettings {
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("a provider's timeout must be positive, not " + timeout);
        }
        if (maxAttempts != null && maxAttempts < 1) {
            throw new IllegalArgumentException("a provider is called at least once; max-attempts " + maxAttempts);
        }
        if (firstRetryWait != null && firstRetryWait.isNegative()) {
            throw new IllegalArgumentException("first-retry-wait must not be negative, not " + firstRetryWait);
        }
        if (failureRateThreshold != null && (failureRateThreshold <= 0 || failureRateThreshold > 100)) {
            throw new IllegalArgumentException("failure-rate-threshold is a percentage in (0, 100], not " + failureRateThreshold);
        }
        if (slidingWindowSize != null && slidingWindowSize < 1) {
            throw new IllegalArgumentException("sliding-window-size must be at least 1, not " + slidingWindowSize);
        }
        if (minimumNumberOfCalls != null && minimumNumberOfCalls < 1) {
            throw new IllegalArgumentException("minimum-number-of-calls must be at least 1, not " + minimumNumberOfCalls);
        }
        if (waitInOpenState != null && (waitInOpenState.isNegative() || waitInOpenState.isZero())) {
            throw new IllegalArgumentException("wait-in-open-state must be positive, not " + waitInOpenState);
        }
    }

    /** These settings, each field that is not set taken from {@code base}. */
    public ProviderSettings over(ProviderSettings base) {
        return new ProviderSettings(
                timeout != null ? timeout : base.timeout,
                maxAttempts != null ? maxAttempts : base.maxAttempts,
                firstRetryWait != null ? firstRetryWait : base.firstRetryWait,
                failureRateThreshold != null ? failureRateThreshold : base.failureRateThreshold,
                slidingWindowSize != null ? slidingWindowSize : base.slidingWindowSize,
                minimumNumberOfCalls != null ? minimumNumberOfCalls : base.minimumNumberOfCalls,
                waitInOpenState != null ? waitInOpenState : base.waitInOpenState);
    }

    /** These settings with another pause before the first repeat. */
    public ProviderSettings withFirstRetryWait(Duration wait) {
        return new ProviderSettings(timeout, maxAttempts, wait, failureRateThreshold, slidingWindowSize, minimumNumberOfCalls,
                waitInOpenState);
    }
}
