package org.shangmen.identity.adapter.dev;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The messages the development SMS and mail adapters "sent", newest first, in memory and bounded to the
 * last {@value #CAPACITY}. Safe to use from many threads. Always present; only its REST endpoint is
 * limited to the {@code dev} and {@code demo} profiles.
 */
@Component
public class DevOutbox {

    public static final String SMS = "SMS";
    public static final String MAIL = "MAIL";
    static final int CAPACITY = 200;

    private final int capacity;
    private final Clock clock;
    private final Deque<DevMessage> messages = new ArrayDeque<>();

    public DevOutbox() {
        this(CAPACITY, Clock.systemUTC());
    }

    DevOutbox(int capacity, Clock clock) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        this.capacity = capacity;
        this.clock = Objects.requireNonNull(clock);
    }

    /** Keeps a message, dropping the oldest one when the outbox is full, and answers what was kept. */
    public DevMessage add(String channel, String to, String subject, String body) {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(to, "to");
        String id = UUID.randomUUID().toString();
        synchronized (messages) {
            DevMessage message = new DevMessage(id, channel, to, subject, body, clock.instant());
            messages.addFirst(message);
            while (messages.size() > capacity) {
                messages.removeLast();
            }
            return message;
        }
    }

    /** All kept messages, newest first. */
    public List<DevMessage> newestFirst() {
        synchronized (messages) {
            return List.copyOf(messages);
        }
    }

    /** The kept messages whose recipient is exactly {@code to}, newest first. */
    public List<DevMessage> sentTo(String to) {
        synchronized (messages) {
            return messages.stream().filter(m -> m.to().equals(to)).toList();
        }
    }
}
