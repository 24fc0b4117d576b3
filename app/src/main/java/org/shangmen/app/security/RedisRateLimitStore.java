package org.shangmen.app.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.RedisClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Bucket4j token buckets kept in Redis, so that every instance behind the load balancer takes from the
 * same allowance. A bucket expires once it would have filled up again, so Redis keeps only the keys
 * that are actually limited. Selected by {@code shangmen.rate-limit.store=redis}.
 */
class RedisRateLimitStore implements RateLimitStore {

    private static final String PREFIX = "shangmen:rate:";

    private final LettuceBasedProxyManager<byte[]> buckets;

    RedisRateLimitStore(RedisClient redis) {
        this.buckets = Bucket4jLettuce.casBasedBuilder(redis)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
    }

    @Override
    public Optional<Duration> take(String key, Allowance allowance) {
        String id = PREFIX + key + "|" + allowance.requests() + "/" + allowance.period();
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(allowance.requests()).refillGreedy(allowance.requests(), allowance.period()).build())
                .build();
        ConsumptionProbe probe = buckets.builder().build(id.getBytes(StandardCharsets.UTF_8), () -> configuration)
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }
}
