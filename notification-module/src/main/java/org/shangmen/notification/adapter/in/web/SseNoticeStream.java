package org.shangmen.notification.adapter.in.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.shangmen.notification.application.port.out.LivePush;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.MessageSender;
import org.shangmen.notification.domain.PrivateMessage;
import org.shangmen.web.LiveFanOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live stream (Server-Sent Events): each signed-in client's open connections, at most
 * {@value #MAX_PER_ACCOUNT} per account (the oldest closes first). Events: {@code notice} and
 * {@code message}; a comment every 20 seconds keeps proxies from closing an idle connection and finds
 * clients that went away. A connection lives 30 minutes; clients reconnect and read what they missed
 * from the message centre; a notice's event id is the notice's id, and a client reconnecting with
 * {@code Last-Event-ID} first gets the notices made since. Each instance holds its own connections; what is pushed travels to every
 * instance through {@link LiveFanOut}, so a client gets it whichever instance it is connected to.
 */
@Component
class SseNoticeStream implements LivePush, SmartLifecycle {

    static final int MAX_PER_ACCOUNT = 5;
    static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final Logger log = LoggerFactory.getLogger(SseNoticeStream.class);

    private record Connection(SseEmitter emitter, Locale locale) {
    }

    /** A private message as it travels to the instances holding its two parties' streams. */
    record LiveMessage(PrivateMessage message, MessageSender sender) {
    }

    static final String NOTICES = "notification.notice";
    static final String MESSAGES = "notification.message";

    private final Map<UUID, Deque<Connection>> connections = new ConcurrentHashMap<>();
    private final NoticeMapper mapper;
    private final MessageSenders senders;
    private final LiveFanOut fanOut;
    private volatile boolean running;

    SseNoticeStream(NoticeMapper mapper, MessageSenders senders, LiveFanOut fanOut) {
        this.mapper = mapper;
        this.senders = senders;
        this.fanOut = fanOut;
        fanOut.subscribe(NOTICES, Notice.class, this::deliver);
        fanOut.subscribe(MESSAGES, LiveMessage.class, this::deliver);
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every open stream before the web server's graceful shutdown waits for requests to finish. */
    @Override
    public void stop() {
        running = false;
        connections.values().forEach(mine -> mine.forEach(c -> c.emitter().complete()));
        connections.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    SseEmitter connect(UUID accountId, Locale locale, long unread) {
        return connect(accountId, locale, unread, java.util.List.of());
    }

    /** A connection that first gets the notices it missed since its {@code Last-Event-ID}, oldest first. */
    SseEmitter connect(UUID accountId, Locale locale, long unread, java.util.List<Notice> missed) {
        SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        Connection connection = new Connection(emitter, locale);
        Deque<Connection> mine = connections.computeIfAbsent(accountId, id -> new ConcurrentLinkedDeque<>());
        mine.addLast(connection);
        while (mine.size() > MAX_PER_ACCOUNT) {
            Connection oldest = mine.pollFirst();
            if (oldest != null) {
                oldest.emitter().complete();
            }
        }
        Runnable remove = () -> forget(accountId, connection);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        try {
            emitter.send(SseEmitter.event().name("ready").reconnectTime(3000).data(Map.of("unread", unread), MediaType.APPLICATION_JSON));
            for (Notice notice : missed) {
                emitter.send(SseEmitter.event().id(notice.id().toString()).name("notice")
                        .data(mapper.toView(notice, locale), MediaType.APPLICATION_JSON));
            }
        } catch (IOException | IllegalStateException gone) {
            forget(accountId, connection);
        }
        return emitter;
    }

    /** To the recipient's streams on whichever instance they are connected. */
    @Override
    public void notice(Notice notice) {
        fanOut.publish(NOTICES, notice);
    }

    @Override
    public void message(PrivateMessage message, MessageSender sender) {
        fanOut.publish(MESSAGES, new LiveMessage(message, sender));
    }

    private void deliver(Notice notice) {
        send(notice.recipientId(), "notice", notice.id().toString(), c -> mapper.toView(notice, c.locale()));
    }

    private void deliver(LiveMessage live) {
        send(live.message().recipientId(), "message", null, c -> senders.view(live.message(), false, live.sender(), c.locale()));
        send(live.message().senderId(), "message", null, c -> senders.view(live.message(), false, live.sender(), c.locale()));
    }

    /** How many connections an account has open now. */
    int connected(UUID accountId) {
        Deque<Connection> mine = connections.get(accountId);
        return mine == null ? 0 : mine.size();
    }

    @Scheduled(fixedDelay = 20_000)
    void heartbeat() {
        connections.forEach((account, mine) -> mine.forEach(c -> {
            try {
                c.emitter().send(SseEmitter.event().comment("keep-alive"));
            } catch (IOException | IllegalStateException gone) {
                forget(account, c);
            }
        }));
    }

    private void send(UUID accountId, String name, String eventId, java.util.function.Function<Connection, Object> payload) {
        Deque<Connection> mine = connections.get(accountId);
        if (mine == null) {
            return;
        }
        for (Connection c : mine) {
            try {
                // The id line first, so that each event's data follows its event line.
                SseEmitter.SseEventBuilder event = SseEmitter.event();
                if (eventId != null) {
                    event.id(eventId);
                }
                c.emitter().send(event.name(name).data(payload.apply(c), MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                log.debug("a live connection went away");
                forget(accountId, c);
            }
        }
    }

    private void forget(UUID accountId, Connection connection) {
        connections.computeIfPresent(accountId, (id, mine) -> {
            mine.remove(connection);
            return mine.isEmpty() ? null : mine;
        });
    }
}
