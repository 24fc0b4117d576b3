package org.shangmen.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.analytics.adapter.out.persistence.StoreForLoad;
import org.shangmen.analytics.application.IngestBuffer;
import org.shangmen.analytics.application.RecordFactsService;
import org.shangmen.analytics.application.port.out.AnalyticsStore;
import org.shangmen.analytics.domain.Facts;
import org.shangmen.analytics.domain.OrderStage;
import org.shangmen.analytics.domain.OrderStage.Stage;
import org.shangmen.persistence.JdbiSetup;

/**
 * Load driver for the analytics module's ingestion (A4.1). Records whole orders' events (quote, submitted,
 * accepted, paid, checked in, completed, review: 7 events an order, a tenth of the reviews low-star and segmented)
 * plus two item-page views an order, through the real path the listeners take: {@link RecordFactsService} on the
 * {@link IngestBuffer} and its one writer thread, over the real store adapter. {@code --listeners=} threads (virtual,
 * as the platform's event executor) each record one order's events after another and wait for each to commit, as a
 * listener does. Prints events a second and orders a second, and the same with one listener (a batch a fact).
 *
 * <p>Runs on PostgreSQL when given the JDBC URL of an empty database on this machine (127.0.0.1) whose name contains
 * "bench" (its analytics schemas are dropped at the end), and on an in-memory H2 unless {@code --no-h2}.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.shangmen.benchmarks.AnalyticsIngestLoad \
 *     [jdbc:postgresql://127.0.0.1:5432/shangmen_bench] [--orders=3000] [--listeners=64] [--no-h2] [--rewrite-batched-inserts]
 * </pre>
 */
public final class AnalyticsIngestLoad {

    static final String[] DISTRICTS = {"440303", "440304", "440305", "440306", "440307", "440308", "440309", "440310", "440311"};
    static final String[] ITEMS = {"daily-cleaning", "deep-cleaning", "aircon-cleaning", "range-hood-cleaning", "window-cleaning",
        "nanny-day", "elderly-care", "maternity-nurse", "sofa-cleaning", "floor-waxing"};
    /** Events an order: quote, submitted, accepted, paid, checked in, completed, review. */
    static final int EVENTS = 7;
    static final int VIEWS = 2;
    /** The booking loop's best rate over HTTP on this machine (benchmarks/README.md), in orders a second. */
    static final double BOOKING_LOOPS_PER_SECOND = 5.9;

    private AnalyticsIngestLoad() {
    }

    public static void main(String[] args) throws Exception {
        Optional<String> pg = Optional.empty();
        int orders = 3_000;
        int listeners = 64;
        boolean h2 = true;
        boolean rewrite = false;
        for (String a : args) {
            if (a.startsWith("jdbc:")) {
                pg = Optional.of(a);
            } else if (a.startsWith("--orders=")) {
                orders = Integer.parseInt(a.substring(9));
            } else if (a.startsWith("--listeners=")) {
                listeners = Integer.parseInt(a.substring(12));
            } else if (a.equals("--no-h2")) {
                h2 = false;
            } else if (a.equals("--rewrite-batched-inserts")) {
                rewrite = true;
            }
        }
        System.out.printf(Locale.ROOT, "target: 10 x the booking loop's %.1f orders/s = %.0f orders/s = %.0f events/s; aim 2 000 events/s%n",
                BOOKING_LOOPS_PER_SECOND, 10 * BOOKING_LOOPS_PER_SECOND, 10 * BOOKING_LOOPS_PER_SECOND * EVENTS);
        if (h2) {
            String url = "jdbc:h2:mem:analytics_ingest;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                run("H2 " + c.getMetaData().getDatabaseProductVersion() + " (embedded, in memory)", url, "sa", c, orders, listeners);
            }
        }
        if (pg.isPresent()) {
            String url = pg.get();
            if (!url.matches("jdbc:postgresql://127\\.0\\.0\\.1(:[0-9]{1,5})?/[A-Za-z0-9_]*bench[A-Za-z0-9_]*")) {
                System.out.println("PostgreSQL: skipped, only jdbc:postgresql://127.0.0.1/<a database whose name contains bench>");
                return;
            }
            Properties p = new Properties();
            p.setProperty("user", "postgres");
            // The PostgreSQL driver can send a batch of inserts as multi-row inserts; the platform's URL may ask for it too.
            p.setProperty("reWriteBatchedInserts", Boolean.toString(rewrite));
            try (Connection c = DriverManager.getConnection(url, p)) {
                try {
                    run("PostgreSQL " + c.getMetaData().getDatabaseProductVersion() + (rewrite ? ", reWriteBatchedInserts" : ""), url, "postgres", c, orders, listeners);
                } finally {
                    c.setAutoCommit(true);
                    try (Statement s = c.createStatement()) {
                        s.execute("DROP SCHEMA IF EXISTS analytics CASCADE");
                        s.execute("DROP SCHEMA IF EXISTS analytics_rebuild CASCADE");
                        s.execute("DROP TABLE IF EXISTS public.flyway_schema_history_analytics");
                    }
                }
            }
        }
    }

    private static void run(String label, String url, String user, Connection c, int orders, int listeners) throws Exception {
        System.out.println();
        System.out.println(label);
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration/analytics")
                .table("flyway_schema_history_analytics").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        // The writer thread is the connection's only user.
        Jdbi jdbi = JdbiSetup.configure(Jdbi.create(c), c.getMetaData().getDatabaseProductName());
        AnalyticsStore store = StoreForLoad.store(jdbi);
        StoreForLoad.segmenter().words("阿姨迟到了");
        ingest(store, Math.max(50, orders / 20), 1, 1);
        ingest(store, orders, listeners, 2);
    }

    private static void ingest(AnalyticsStore store, int orders, int listeners, long seed) throws Exception {
        IngestBuffer buffer = IngestBuffer.started(store, Clock.systemUTC());
        RecordFactsService facts = new RecordFactsService(store, buffer, StoreForLoad.segmenter(), null);
        AtomicInteger next = new AtomicInteger();
        Instant base = LocalDate.of(2025, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        long t = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int l = 0; l < listeners; l++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < orders; i = next.getAndIncrement()) {
                        order(facts, new SplittableRandom(seed * 1_000_003 + i), base.plusSeconds(30L * i));
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        }
        buffer.close();
        double seconds = (System.nanoTime() - t) / 1e9;
        long events = (long) orders * EVENTS;
        System.out.printf(Locale.ROOT, "%d listener(s): %,d orders, %,d events (+ %,d views) in %.1f s = %.0f events/s, %.0f orders/s, "
                        + "%,d batches (%.1f facts a batch), %.0f x the booking loop's order rate%n",
                listeners, orders, events, (long) orders * VIEWS, seconds, events / seconds, orders / seconds, buffer.batches(),
                (events + (double) orders * VIEWS) / Math.max(1, buffer.batches()), orders / seconds / BOOKING_LOOPS_PER_SECOND);
    }

    /** One order's events, one after another as its listeners would record them, each waiting for its commit (views excepted). */
    private static void order(RecordFactsService facts, SplittableRandom random, Instant at) {
        UUID order = UUID.randomUUID();
        UUID customer = UUID.randomUUID();
        UUID worker = UUID.randomUUID();
        String district = DISTRICTS[random.nextInt(DISTRICTS.length)];
        List<String> items = List.of(ITEMS[random.nextInt(ITEMS.length)]);
        Instant start = at.plusSeconds(86_400);
        for (int v = 0; v < VIEWS; v++) {
            facts.viewed(new Facts.ViewFact(UUID.randomUUID(), Facts.ViewKind.ITEM, items, Optional.empty(), Optional.of(customer),
                    Optional.of(district), at.minusSeconds(60L * (v + 1))));
        }
        facts.quote("QuoteMade:" + order, new Facts.QuoteFact(UUID.randomUUID(), Optional.of(customer), district, items, 18_800, 0, at));
        facts.order("OrderSubmitted:" + order, OrderStage.of(order, Stage.SUBMITTED, at).customer(customer).place(district, items)
                .startsAt(start).amounts(18_800L, 0L, null));
        facts.order("OrderAccepted:" + order, OrderStage.of(order, Stage.ACCEPTED, at.plusSeconds(60)).customer(customer).worker(worker)
                .startsAt(start).amounts(18_800L, null, null));
        facts.order("OrderPaid:" + order, OrderStage.of(order, Stage.PAID, at.plusSeconds(120)).customer(customer).worker(worker)
                .paid(18_800));
        facts.order("OrderCheckedIn:" + order, OrderStage.of(order, Stage.CHECKED_IN, start).customer(customer).worker(worker));
        facts.order("OrderCompleted:" + order, OrderStage.of(order, Stage.COMPLETED, start.plusSeconds(7_200)).customer(customer)
                .worker(worker).place(district, items).amounts(18_800L, 0L, 0L));
        boolean low = random.nextInt(10) == 0;
        facts.review("OrderReviewed:" + order, new Facts.ReviewFact(order, customer, worker, 4, 4, 4, 4, low ? 1 : 5,
                low ? "阿姨迟到了半小时,打扫得不干净" : "很好", false, start.plusSeconds(9_000), start.plusSeconds(9_000)));
    }
}
