package org.shangmen.app.security;

import java.time.Duration;
import java.util.Optional;

/**
 * Where the platform counts requests per client address and per account. The in-memory store counts
 * per instance; several instances behind one address share a store that keeps its state in the
 * database or Redis instead (Bucket4j has proxy managers for both), behind this same port.
 */
public interface RateLimitStore {

    /** How many requests a key may make, refilled evenly over {@code period}. */
    record Allowance(long requests, Duration period) {
        public Allowance {
            if (requests < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("an allowance needs at least one request over a positive period");
            }
        }
    }

    /** Takes one request from the key's allowance: empty when it may go on, else how long it must wait. */
    Optional<Duration> take(String key, Allowance allowance);
}
