package org.shangmen.app.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Bucket4j token bucket per key in this instance's memory. Buckets that have filled up again are
 * dropped when the map grows past {@code maxKeys}, so a flood of addresses cannot exhaust the memory.
 */
class InMemoryRateLimitStore implements RateLimitStore {

    private record Entry(Bucket bucket, long capacity) {
    }

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
    private final int maxKeys;

    InMemoryRateLimitStore(int maxKeys) {
        this.maxKeys = maxKeys;
    }

    @Override
    public Optional<Duration> take(String key, Allowance allowance) {
        if (buckets.size() >= maxKeys) {
            buckets.values().removeIf(e -> e.bucket().getAvailableTokens() >= e.capacity());
        }
        Entry entry = buckets.computeIfAbsent(key + "|" + allowance.requests() + "/" + allowance.period(), k -> new Entry(
                Bucket.builder().addLimit(Bandwidth.builder().capacity(allowance.requests())
                        .refillGreedy(allowance.requests(), allowance.period()).build()).build(),
                allowance.requests()));
        ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
