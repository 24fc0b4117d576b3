package org.shangmen.app.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisClient;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Await;
import tools.jackson.databind.json.JsonMapper;

/** Against the local Redis (redis://127.0.0.1:6379, or shangmen.test.redis-url), as on CI. */
class RedisLiveFanOutTest {

    record Pushed(UUID recipientId, String text) {
    }

    private final RedisClient redis = RedisClient.create(System.getProperty("shangmen.test.redis-url", "redis://127.0.0.1:6379"));

    @AfterEach
    void close() {
        redis.shutdown();
    }

    @Test
    @DisplayName("C5 a notice pushed on one instance reaches the streams of another instance, and of the same one")
    void reachesEveryInstance() {
        JsonMapper json = JsonMapper.builder().build();
        String topic = "test." + UUID.randomUUID();
        List<Pushed> onA = new CopyOnWriteArrayList<>();
        List<Pushed> onB = new CopyOnWriteArrayList<>();
        try (RedisLiveFanOut a = new RedisLiveFanOut(redis, json); RedisLiveFanOut b = new RedisLiveFanOut(redis, json)) {
            a.subscribe(topic, Pushed.class, onA::add);
            b.subscribe(topic, Pushed.class, onB::add);
            Pushed pushed = new Pushed(UUID.randomUUID(), "您的订单已被接单");
            a.publish(topic, pushed);
            Await.condition(() -> onB.contains(pushed), "the notice on the other instance");
            Await.condition(() -> onA.contains(pushed), "the notice on the publishing instance");
            assertThat(onB).containsExactly(pushed);
        }
    }
}
