package org.shangmen.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Against the local Redis (redis://127.0.0.1:6379, or shangmen.test.redis-url), as on CI. */
class RedisRateLimitStoreTest {

    private final RedisClient redis = RedisClient.create(System.getProperty("shangmen.test.redis-url", "redis://127.0.0.1:6379"));

    @AfterEach
    void close() {
        redis.shutdown();
    }

    @Test
    @DisplayName("S1 two instances behind one address share its allowance: the requests they let through together never pass it")
    void allowanceSharedBetweenInstances() {
        RateLimitStore first = new RedisRateLimitStore(redis);
        RateLimitStore second = new RedisRateLimitStore(redis);
        String key = "address:" + UUID.randomUUID();
        RateLimitStore.Allowance allowance = new RateLimitStore.Allowance(10, Duration.ofHours(1));
        int allowed = 0;
        for (int i = 0; i < 20; i++) {
            if ((i % 2 == 0 ? first : second).take(key, allowance).isEmpty()) {
                allowed++;
            }
        }
        assertThat(allowed).isEqualTo(10);
        assertThat(first.take(key, allowance)).hasValueSatisfying(wait -> assertThat(wait).isPositive());
        assertThat(second.take("address:" + UUID.randomUUID(), allowance)).isEmpty();
    }
}
