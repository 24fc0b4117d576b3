package org.shangmen.analytics.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.shangmen.analytics.application.port.out.AnalyticsStore;
import org.shangmen.analytics.domain.Fact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A4.1: batched ingestion. Facts queue here and one writer thread records whatever has queued as one batch
 * (one transaction, a few statements per kind of fact) while the previous batch was being written, so the
 * batches grow with the load; a batch also gathers what comes within {@link #LINGER_MILLIS} of its first
 * fact, so that a light load still makes few batches. A fact waits at most that and one batch's write. A
 * batch of one fact from the thread whose fact was alone in the batch before does not linger: that is one
 * caller recording fact after fact, each waiting for the last, and nothing can join it.
 *
 * <p>An event's fact is {@link #submit submitted} and its listener waits until the batch holding it has
 * committed: only then does the listener return and Spring Modulith mark the event's publication complete. A
 * batch that fails is retried fact by fact (so one bad fact does not fail the others); a fact that still fails
 * fails its listener, and a process that stops before the commit never completes the publication: either way
 * the registry hands the event again later, and its key makes a second recording harmless.
 *
 * <p>A view is only {@link #offer offered}: nobody waits, nothing is kept for it in the registry, and views still
 * queued when the process stops are lost (a statistic, counted at most once). At most {@link #MAX_PENDING_VIEWS}
 * wait; more are dropped and counted.
 */
public class IngestBuffer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(IngestBuffer.class);

    /** Most facts one batch records. */
    public static final int MAX_BATCH = 1_000;
    public static final int MAX_PENDING_VIEWS = 100_000;
    /**
     * How long a batch waits for more facts after its first: under a steady trickle (a few loops a second)
     * each fact was its own batch, and a batch's fixed statements (its commit, the rebuild's tally, the
     * idempotency check) were most of the work. A listener waits this much longer for its fact at most. At 25 ms
     * a booking loop's four facts still made about two batches a loop; 100 ms gathers the facts of several loops
     * (benchmarks/README.md, "What a call costs at least"). Nobody waits on it but the registry's listener thread.
     */
    static final long LINGER_MILLIS = 100;

    private record Pending(Fact.Keyed fact, CompletableFuture<Void> done, Thread from) {

        Pending(Fact.Keyed fact, CompletableFuture<Void> done) {
            this(fact, done, Thread.currentThread());
        }
    }

    private final AnalyticsStore store;
    private final Clock clock;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicInteger pendingViews = new AtomicInteger();
    private final AtomicLong droppedViews = new AtomicLong();
    private final AtomicLong batches = new AtomicLong();
    private final AtomicLong lingered = new AtomicLong();
    private final Thread writer;
    private volatile boolean open = true;

    private IngestBuffer(AnalyticsStore store, Clock clock, boolean threaded) {
        this.store = store;
        this.clock = clock;
        this.writer = threaded ? Thread.ofPlatform().name("analytics-ingest").daemon().unstarted(this::drain) : null;
    }

    /** A buffer with its writer thread started. */
    public static IngestBuffer started(AnalyticsStore store, Clock clock) {
        IngestBuffer buffer = new IngestBuffer(store, clock, true);
        buffer.writer.start();
        return buffer;
    }

    /** No thread: each fact is recorded in the caller's thread as a batch of one (load drivers, tools). */
    public static IngestBuffer direct(AnalyticsStore store, Clock clock) {
        return new IngestBuffer(store, clock, false);
    }

    /** Queues an event's fact; the future completes once the batch holding it has committed, or fails with it. */
    public CompletableFuture<Void> submit(Fact.Keyed fact) {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (writer == null) {
            write(List.of(new Pending(fact, done)));
        } else if (!open) {
            done.completeExceptionally(new IllegalStateException("the analytics ingestion is stopping"));
        } else {
            queue.add(new Pending(fact, done));
        }
        return done;
    }

    /** Queues a view, waiting for nothing. */
    public void offer(Fact.Keyed view) {
        if (writer == null) {
            pendingViews.incrementAndGet();
            write(List.of(new Pending(view, null)));
        } else if (!open || pendingViews.incrementAndGet() > MAX_PENDING_VIEWS) {
            if (open) {
                pendingViews.decrementAndGet();
            }
            droppedViews.incrementAndGet();
        } else {
            queue.add(new Pending(view, null));
        }
    }

    public long droppedViews() {
        return droppedViews.get();
    }

    public long batches() {
        return batches.get();
    }

    /** The batches that waited for more facts after their first. */
    public long lingered() {
        return lingered.get();
    }

    private void drain() {
        List<Pending> batch = new ArrayList<>();
        Thread lastAlone = null;
        while (open || !queue.isEmpty()) {
            try {
                Pending first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - batch.size());
                if (batch.size() == 1 && open && first.from() != lastAlone) {
                    lingered.incrementAndGet();
                    linger(batch);
                }
                lastAlone = batch.size() == 1 ? first.from() : null;
                write(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException | Error e) {
                // write() completes every future itself; this keeps the thread alive whatever else went wrong.
                log.error("analytics ingestion: a batch of {} facts could not be handled", batch.size(), e);
                batch.forEach(p -> fail(p, e));
            } finally {
                batch.clear();
            }
        }
        List<Pending> left = new ArrayList<>();
        queue.drainTo(left);
        left.forEach(p -> fail(p, new IllegalStateException("the analytics ingestion stopped")));
    }

    /** Gathers what comes within the linger of the batch's first fact. */
    private void linger(List<Pending> batch) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS);
        while (batch.size() < MAX_BATCH && open) {
            long left = until - System.nanoTime();
            Pending next = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                break;
            }
            batch.add(next);
            queue.drainTo(batch, MAX_BATCH - batch.size());
        }
    }

    private void write(List<Pending> batch) {
        batch.stream().filter(p -> p.done() == null).forEach(p -> pendingViews.decrementAndGet());
        try {
            store.record(batch.stream().map(Pending::fact).toList(), clock.instant());
            batches.incrementAndGet();
            batch.forEach(p -> complete(p, null));
        } catch (RuntimeException e) {
            if (batch.size() == 1) {
                complete(batch.get(0), e);
                return;
            }
            log.warn("analytics ingestion: a batch of {} facts failed ({}); recording them one by one", batch.size(), e.toString());
            for (Pending p : batch) {
                try {
                    store.record(List.of(p.fact()), clock.instant());
                    complete(p, null);
                } catch (RuntimeException alone) {
                    complete(p, alone);
                }
            }
        }
    }

    private static void complete(Pending p, RuntimeException failure) {
        if (p.done() == null) {
            if (failure != null) {
                log.warn("analytics ingestion: a view was not recorded ({})", failure.toString());
            }
        } else if (failure == null) {
            p.done().complete(null);
        } else {
            p.done().completeExceptionally(failure);
        }
    }

    private static void fail(Pending p, Throwable e) {
        if (p.done() != null) {
            p.done().completeExceptionally(e);
        }
    }

    /** Records what has queued, then stops; facts submitted afterwards fail (their events stay in the registry). */
    @Override
    public void close() {
        open = false;
        if (writer != null) {
            try {
                writer.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
