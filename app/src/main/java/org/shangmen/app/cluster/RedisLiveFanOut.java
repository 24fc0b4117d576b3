package org.shangmen.app.cluster;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.shangmen.web.LiveFanOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several instances: a stream's payload goes as JSON to the Redis channel {@code shangmen:live:<topic>},
 * and every instance (this one too) subscribed to it hands it to its streams. Redis pub/sub keeps nothing:
 * a notice published while an instance's subscription was down reaches the client when it reconnects and
 * reads what it missed.
 */
class RedisLiveFanOut implements LiveFanOut, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisLiveFanOut.class);
    private static final String PREFIX = "shangmen:live:";

    private record Handler(Class<?> type, Consumer<Object> consumer) {
    }

    private final JsonMapper json;
    private final StatefulRedisConnection<String, String> publisher;
    private final StatefulRedisPubSubConnection<String, String> subscriber;
    private final Map<String, List<Handler>> handlers = new ConcurrentHashMap<>();

    RedisLiveFanOut(RedisClient redis, JsonMapper json) {
        this.json = json;
        this.publisher = redis.connect();
        this.subscriber = redis.connectPubSub();
        this.subscriber.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                deliver(channel.substring(PREFIX.length()), message);
            }
        });
    }

    @Override
    public <T> void publish(String topic, T payload) {
        publisher.async().publish(PREFIX + topic, json.writeValueAsString(payload));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> void subscribe(String topic, Class<T> type, Consumer<T> handler) {
        handlers.computeIfAbsent(topic, t -> {
            subscriber.sync().subscribe(PREFIX + t);
            return new CopyOnWriteArrayList<>();
        }).add(new Handler(type, p -> handler.accept((T) p)));
    }

    private void deliver(String topic, String message) {
        for (Handler h : handlers.getOrDefault(topic, List.of())) {
            try {
                h.consumer().accept(json.readValue(message, h.type()));
            } catch (RuntimeException e) {
                LOG.warn("a live notice under {} could not be handed to its stream ({})", topic, e.getClass().getSimpleName());
            }
        }
    }

    @Override
    public void close() {
        subscriber.close();
        publisher.close();
    }
}
