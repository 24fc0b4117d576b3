package org.shangmen.admin.adapter.in.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.shangmen.booking.api.OrderOverview;
import org.shangmen.booking.api.event.OrderAccepted;
import org.shangmen.booking.api.event.OrderCancelled;
import org.shangmen.booking.api.event.OrderCheckedIn;
import org.shangmen.booking.api.event.OrderCompleted;
import org.shangmen.booking.api.event.OrderPaid;
import org.shangmen.booking.api.event.OrderReturnedToDispatch;
import org.shangmen.booking.api.event.OrderSubmitted;
import org.shangmen.booking.api.event.OrderUnfilled;
import org.shangmen.dispatch.api.DispatchBoard;
import org.shangmen.dispatch.api.event.DispatchFlagged;
import org.shangmen.web.LiveFanOut;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A3.1 in real time: operators watching the board get a fresh copy (Server-Sent Events, event
 * {@code board}) whenever an order changes stage or dispatch flags one. Reading the board needs the
 * same permissions as the board itself. Pushed after the change committed, so the board shows it.
 */
@RestController
@Tag(name = "派单与订单监控 Dispatch", description = "A3.1")
class OrderBoardStream implements SmartLifecycle {

    static final Duration LIFETIME = Duration.ofMinutes(30);
    private static final Logger LOG = LoggerFactory.getLogger(OrderBoardStream.class);

    private final DispatchBoard dispatch;
    private final OrderOverview overview;
    private final DispatchViews views;
    private final List<SseEmitter> watchers = new CopyOnWriteArrayList<>();
    private final LiveFanOut fanOut;
    private volatile boolean running;

    /** That the board changed, sent to every instance: each sends the fresh board to its own watchers. */
    record BoardChanged(String cause) {
    }

    OrderBoardStream(DispatchBoard dispatch, OrderOverview overview, DispatchViews views, LiveFanOut fanOut) {
        this.dispatch = dispatch;
        this.overview = overview;
        this.views = views;
        this.fanOut = fanOut;
        fanOut.subscribe(TOPIC, BoardChanged.class, changed -> pushToWatchers());
    }

    static final String TOPIC = "admin.board";

    @GetMapping(path = "/api/v1/admin/orders/board/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @PreAuthorize("hasAnyAuthority('PERM_ops', 'PERM_auditor', 'PERM_superadmin')")
    @Operation(summary = "实时订单看板:连接后立即收到当前看板,之后每当订单状态变化或转人工时推送最新看板")
    SseEmitter watch(Locale locale) throws IOException {
        SseEmitter emitter = new SseEmitter(LIFETIME.toMillis());
        emitter.onCompletion(() -> watchers.remove(emitter));
        emitter.onTimeout(() -> watchers.remove(emitter));
        emitter.onError(e -> watchers.remove(emitter));
        watchers.add(emitter);
        emitter.send(SseEmitter.event().name("board").data(DispatchAdminController.board(dispatch, overview, views, locale),
                MediaType.APPLICATION_JSON));
        return emitter;
    }

    @EventListener
    void on(OrderSubmitted event) {
        push();
    }

    @EventListener
    void on(OrderAccepted event) {
        push();
    }

    @EventListener
    void on(OrderPaid event) {
        push();
    }

    @EventListener
    void on(OrderCancelled event) {
        push();
    }

    @EventListener
    void on(OrderCompleted event) {
        push();
    }

    @EventListener
    void on(OrderCheckedIn event) {
        push();
    }

    @EventListener
    void on(OrderReturnedToDispatch event) {
        push();
    }

    @EventListener
    void on(OrderUnfilled event) {
        push();
    }

    @EventListener
    void on(DispatchFlagged event) {
        push();
    }

    /**
     * After the change commits (at once when there is no transaction), on a thread of its own. A live view, not
     * a record: the listener is not a registered publication (three rows and two commits an order stage), and a
     * watcher who misses a push has the next one, or the board when it connects.
     */
    private void push() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            pushLater();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                pushLater();
            }
        });
    }

    private void pushLater() {
        Thread.ofVirtual().name("board-push").start(() -> {
            try {
                fanOut.publish(TOPIC, new BoardChanged("order"));
            } catch (RuntimeException failed) {
                LOG.warn("live board push not sent ({}); watchers get the next one", failed.getClass().getSimpleName());
            }
        });
    }

    /** Sends the board, as it stands after the change committed, to everyone watching on this instance. */
    private void pushToWatchers() {
        if (watchers.isEmpty()) {
            return;
        }
        // Pushed after a change, outside any request: in the platform's default language.
        DispatchAdminController.Board board = DispatchAdminController.board(dispatch, overview, views, Locale.SIMPLIFIED_CHINESE);
        for (SseEmitter emitter : watchers) {
            try {
                emitter.send(SseEmitter.event().name("board").data(board, MediaType.APPLICATION_JSON));
            } catch (IOException | IllegalStateException gone) {
                watchers.remove(emitter);
            }
        }
    }

    @Override
    public void start() {
        running = true;
    }

    /** Ends every open stream before the web server's graceful shutdown waits for requests to finish. */
    @Override
    public void stop() {
        running = false;
        watchers.forEach(SseEmitter::complete);
        watchers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
