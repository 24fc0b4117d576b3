package org.shangmen.app.cluster;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.shangmen.web.LiveFanOut;

/** One instance: what a stream publishes goes straight to this instance's handlers. */
class LocalLiveFanOut implements LiveFanOut {

    private final Map<String, List<Consumer<Object>>> handlers = new ConcurrentHashMap<>();

    @Override
    public <T> void publish(String topic, T payload) {
        handlers.getOrDefault(topic, List.of()).forEach(h -> h.accept(payload));
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> void subscribe(String topic, Class<T> type, Consumer<T> handler) {
        handlers.computeIfAbsent(topic, t -> new CopyOnWriteArrayList<>()).add(p -> handler.accept((T) p));
    }
}
