package org.shangmen.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.analytics.adapter.out.persistence.StoreForLoad;
import org.shangmen.analytics.application.InsightService;
import org.shangmen.analytics.application.RecordFactsService;
import org.shangmen.analytics.application.port.out.AnalyticsStore;
import org.shangmen.analytics.domain.Facts;
import org.shangmen.analytics.domain.InsightFilter;
import org.shangmen.analytics.domain.OrderStage;
import org.shangmen.analytics.domain.OrderStage.Stage;
import org.shangmen.persistence.JdbiSetup;

/**
 * Load driver for the insights (A4.1, A4.2). Fills the analytical store with a realistic year of one city
 * (1 000 000 orders by 200 000 customers with 5 000 workers over Shenzhen's districts, quotes, reviews with
 * low-star words, complaints), written in bulk into the store's own tables, then asks every insight over the
 * whole year and city (and one district) many times and prints p50/p95. Before that it measures how fast the
 * store records events through its in-port, one order's events after another, as the listeners do.
 *
 * <p>Runs on an embedded in-memory H2 (unless {@code --no-h2}), and on PostgreSQL when given the JDBC URL of an
 * empty database on this machine (127.0.0.1 only) whose name contains "bench"; its schema is dropped at the end.
 *
 * <pre>
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar org.shangmen.benchmarks.AnalyticsLoad \
 *     [jdbc:postgresql://127.0.0.1:5432/shangmen_bench] [--orders=1000000] [--runs=20] [--ingest=3000] [--no-h2]
 * </pre>
 */
public final class AnalyticsLoad {

    static final long SEED = 20_261_205L;
    static final String CITY = "440300";
    static final String[] DISTRICTS = {"440303", "440304", "440305", "440306", "440307", "440308", "440309", "440310", "440311"};
    static final double[] DISTRICT_WEIGHTS = {1.1, 1.6, 1.8, 4.5, 3.9, 0.3, 1.6, 0.5, 1.1};
    static final String[] ITEMS = {"daily-cleaning", "deep-cleaning", "aircon-cleaning", "range-hood-cleaning", "window-cleaning",
        "nanny-day", "elderly-care", "maternity-nurse", "sofa-cleaning", "floor-waxing"};
    static final double[] ITEM_WEIGHTS = {40, 15, 10, 6, 6, 8, 6, 2, 4, 3};
    static final String[] SKILLS = {"DAILY_CLEANING", "DEEP_CLEANING", "APPLIANCE_CLEANING", "HOME_MAINTENANCE", "NANNY",
        "MATERNITY_NURSE", "ELDERLY_CARE", "PATIENT_CARE"};
    static final String[] LOW_WORDS = {"迟到", "不干净", "态度", "敷衍", "没有", "打扫", "时间", "客服", "爽约", "损坏", "超时", "收费"};
    static final LocalDate YEAR_START = LocalDate.of(2025, 1, 1);

    /**
     * {@code keep}: a store already loaded is asked again (no ingestion, no bulk load) and left in place;
     * {@code loadOnly}: stop once the year is loaded (and keep it), to ask it later with {@code keep}.
     */
    record Options(Optional<String> postgresUrl, int orders, int runs, int ingest, boolean h2, boolean keep, boolean loadOnly) {
        static Options parse(String[] args) {
            Optional<String> url = Optional.empty();
            int orders = 1_000_000;
            int runs = 20;
            int ingest = 3_000;
            boolean h2 = true;
            boolean keep = false;
            boolean loadOnly = false;
            for (String a : args) {
                if (a.startsWith("jdbc:")) {
                    url = Optional.of(a);
                } else if (a.startsWith("--orders=")) {
                    orders = Integer.parseInt(a.substring(9));
                } else if (a.startsWith("--runs=")) {
                    runs = Integer.parseInt(a.substring(7));
                } else if (a.startsWith("--ingest=")) {
                    ingest = Integer.parseInt(a.substring(9));
                } else if (a.equals("--no-h2")) {
                    h2 = false;
                } else if (a.equals("--keep")) {
                    keep = true;
                } else if (a.equals("--load-only")) {
                    loadOnly = true;
                }
            }
            return new Options(url, orders, runs, ingest, h2, keep, loadOnly);
        }
    }

    private AnalyticsLoad() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        long started = System.nanoTime();
        if (options.h2()) {
            String url = "jdbc:h2:mem:analytics_load;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                run("H2 " + c.getMetaData().getDatabaseProductVersion() + " (embedded, in memory)", url, "sa", c, options);
                try (Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
        }
        if (options.postgresUrl().isPresent()) {
            String url = options.postgresUrl().get();
            if (!url.matches("jdbc:postgresql://127\\.0\\.0\\.1(:[0-9]{1,5})?/[A-Za-z0-9_]*bench[A-Za-z0-9_]*")) {
                System.out.println("PostgreSQL: skipped, only jdbc:postgresql://127.0.0.1/<a database whose name contains bench>");
            } else {
                Properties p = new Properties();
                p.setProperty("user", "postgres");
                p.setProperty("reWriteBatchedInserts", "true");
                try (Connection c = DriverManager.getConnection(url, p)) {
                    try {
                        run("PostgreSQL " + c.getMetaData().getDatabaseProductVersion(), url, "postgres", c, options);
                    } finally {
                        c.setAutoCommit(true);
                        if (!options.keep() && !options.loadOnly()) {
                            try (Statement s = c.createStatement()) {
                                s.execute("DROP SCHEMA IF EXISTS analytics CASCADE");
                                s.execute("DROP SCHEMA IF EXISTS analytics_rebuild CASCADE");
                                s.execute("DROP TABLE IF EXISTS public.flyway_schema_history_analytics");
                            }
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "done in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static void run(String label, String url, String user, Connection c, Options options) throws SQLException {
        System.out.println();
        System.out.println(label);
        Flyway.configure().dataSource(url, user, "").locations("classpath:db/migration/analytics")
                .table("flyway_schema_history_analytics").baselineOnMigrate(true).baselineVersion("0").load().migrate();
        Jdbi jdbi = JdbiSetup.configure(Jdbi.create(c), c.getMetaData().getDatabaseProductName());
        AnalyticsStore store = StoreForLoad.store(jdbi);
        long t = System.nanoTime();
        if (!options.keep()) {
            if (options.ingest() > 0) {
                ingest(store, options.ingest(), c, 1);
                ingest(store, options.ingest(), c, 100);
            }
            c.setAutoCommit(true);
            t = System.nanoTime();
            long rows = bulk(c, options.orders());
            if (label.startsWith("PostgreSQL")) {
                try (Statement s = c.createStatement()) {
                    s.execute("ANALYZE");
                }
            }
            System.out.printf(Locale.ROOT, "loaded %,d rows in %.0f s%n", rows, (System.nanoTime() - t) / 1e9);
            if (options.loadOnly()) {
                return;
            }
        }
        c.setAutoCommit(true);
        // The bulk rows bypass the store's writes, which mark the days they touch: mark every day, then refresh.
        t = System.nanoTime();
        // (A store kept from an earlier run is refreshed already: only what changed since is refreshed.)
        try (Statement s = c.createStatement()) {
            s.execute(options.keep() ? "SELECT 1" : "INSERT INTO analytics.dirty_day (on_day, in_month) SELECT d, EXTRACT(YEAR FROM d) * 12 + EXTRACT(MONTH FROM d) - 1 "
                    + "FROM (SELECT submitted_day d FROM analytics.order_fact WHERE submitted_day IS NOT NULL UNION SELECT completed_day "
                    + "FROM analytics.order_fact WHERE completed_day IS NOT NULL UNION SELECT quoted_day FROM analytics.quote_fact UNION "
                    + "SELECT review_day FROM analytics.review_fact UNION SELECT filed_day FROM analytics.complaint_fact) t "
                    + "ON CONFLICT DO NOTHING");
        }
        int days = store.refreshRollups();
        if (label.startsWith("PostgreSQL")) {
            // What autovacuum does after a large refresh: statistics, and the rollups' rewritten rows reclaimed.
            try (Statement s = c.createStatement()) {
                s.execute("VACUUM ANALYZE");
            }
        }
        System.out.printf(Locale.ROOT, "rollups of %d days (and their months) built from the facts in %.0f s%n", days,
                (System.nanoTime() - t) / 1e9);
        InsightService insights = new InsightService(StoreForLoad.queries(jdbi));
        LocalDate from = YEAR_START;
        LocalDate until = YEAR_START.plusYears(1);
        InsightFilter city = new InsightFilter(from, until, Optional.of(CITY), Optional.empty(), Optional.empty());
        InsightFilter district = new InsightFilter(from, until, Optional.of("440306"), Optional.empty(), Optional.empty());
        InsightFilter item = new InsightFilter(from, until, Optional.of(CITY), Optional.of("deep-cleaning"), Optional.empty());
        Map<String, Supplier<Object>> asks = new LinkedHashMap<>();
        asks.put("demand by day, city, year", () -> insights.demand(city, "DAY"));
        asks.put("demand by month, one item", () -> insights.demand(item, "MONTH"));
        asks.put("worker quality by skill, city", () -> insights.workerQuality(city, "SKILL"));
        asks.put("worker quality by experience, district", () -> insights.workerQuality(district, "EXPERIENCE"));
        asks.put("retention, city", () -> insights.retention(city));
        asks.put("complaint rate by item, city", () -> insights.complaintRates(city, "ITEM"));
        asks.put("complaint rate by worker, city", () -> insights.complaintRates(city, "WORKER"));
        asks.put("funnel, city", () -> insights.funnel(city));
        asks.put("review content, city", () -> insights.reviews(city));
        asks.put("customers, city", () -> insights.customers(city));
        System.out.println("| insight | p50 ms | p95 ms |");
        System.out.println("|---|---|---|");
        for (Map.Entry<String, Supplier<Object>> ask : asks.entrySet()) {
            ask.getValue().get();
            double[] ms = new double[options.runs()];
            for (int i = 0; i < ms.length; i++) {
                long s = System.nanoTime();
                ask.getValue().get();
                ms[i] = (System.nanoTime() - s) / 1e6;
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f |%n", ask.getKey(), pct(ms, 0.50), pct(ms, 0.95));
        }
    }

    static double pct(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** Records whole orders' events through the in-port, one after another, and prints events and orders per second. */
    private static void ingest(AnalyticsStore store, int orders, Connection c, int ordersPerCommit) throws SQLException {
        // One order's facts a transaction each (as the listeners do), or the facts of many orders committed together.
        c.setAutoCommit(ordersPerCommit == 1);
        RecordFactsService facts = new RecordFactsService(store, StoreForLoad.segmenter(), null, Clock.systemUTC());
        // The segmenter loads its dictionaries once, at the first low-star review; not part of the rate.
        StoreForLoad.segmenter().words("阿姨迟到了");
        SplittableRandom random = new SplittableRandom(SEED + 1);
        Instant at = YEAR_START.minusYears(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        long events = 0;
        long t = System.nanoTime();
        for (int i = 0; i < orders; i++) {
            UUID order = UUID.randomUUID();
            UUID customer = UUID.randomUUID();
            UUID worker = UUID.randomUUID();
            String district = DISTRICTS[random.nextInt(DISTRICTS.length)];
            List<String> items = List.of(ITEMS[random.nextInt(ITEMS.length)]);
            Instant start = at.plusSeconds(86_400);
            facts.quote("q" + order, new Facts.QuoteFact(order, Optional.of(customer), district, items, 18_800, 0, at));
            facts.order("s" + order, OrderStage.of(order, Stage.SUBMITTED, at).customer(customer).place(district, items).startsAt(start)
                    .amounts(18_800L, 0L, null));
            facts.order("a" + order, OrderStage.of(order, Stage.ACCEPTED, at.plusSeconds(60)).customer(customer).worker(worker)
                    .startsAt(start).amounts(18_800L, null, null));
            facts.order("p" + order, OrderStage.of(order, Stage.PAID, at.plusSeconds(120)).worker(worker).paid(18_800));
            facts.order("i" + order, OrderStage.of(order, Stage.CHECKED_IN, start).worker(worker));
            facts.order("c" + order, OrderStage.of(order, Stage.COMPLETED, start.plusSeconds(7_200)).worker(worker)
                    .place(district, items).amounts(18_800L, 0L, 0L));
            boolean low = random.nextInt(10) == 0;
            facts.review("r" + order, new Facts.ReviewFact(order, customer, worker, 4, 4, 4, 4, low ? 1 : 5,
                    low ? "阿姨迟到了半小时,打扫得不干净" : "很好", false, start.plusSeconds(9_000), start.plusSeconds(9_000)));
            events += 8;
            at = at.plusSeconds(30);
            if (ordersPerCommit > 1 && i % ordersPerCommit == ordersPerCommit - 1) {
                c.commit();
            }
        }
        if (ordersPerCommit > 1) {
            c.commit();
        }
        double seconds = (System.nanoTime() - t) / 1e9;
        System.out.printf(Locale.ROOT, "ingestion through RecordFacts, %s: %,d orders, %,d events in %.1f s = %.0f events/s, %.0f orders/s%n",
                ordersPerCommit == 1 ? "one fact a transaction" : ordersPerCommit + " orders' facts a transaction", orders, events, seconds,
                events / seconds, orders / seconds);
    }

    private static int pick(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A year of facts written in batches straight into the store's tables. */
    private static long bulk(Connection c, int orders) throws SQLException {
        SplittableRandom random = new SplittableRandom(SEED);
        int customers = orders / 5;
        int workers = 5_000;
        UUID[] customerIds = new UUID[customers];
        UUID[] workerIds = new UUID[workers];
        String[] workerDistricts = new String[workers];
        long rows = 0;
        c.setAutoCommit(false);
        try (PreparedStatement w = c.prepareStatement("INSERT INTO analytics.worker_dim (worker_id, certified_at, experience_years, "
                + "district_code, penalties) VALUES (?, ?, ?, ?, 0)");
             PreparedStatement s = c.prepareStatement("INSERT INTO analytics.worker_skill (worker_id, skill) VALUES (?, ?)")) {
            for (int i = 0; i < workers; i++) {
                workerIds[i] = UUID.randomUUID();
                workerDistricts[i] = DISTRICTS[pick(random, DISTRICT_WEIGHTS)];
                w.setObject(1, workerIds[i]);
                w.setObject(2, OffsetDateTime.of(2024, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
                w.setInt(3, random.nextInt(12));
                w.setString(4, workerDistricts[i]);
                w.addBatch();
                int skills = 1 + random.nextInt(3);
                for (int k = 0; k < skills; k++) {
                    s.setObject(1, workerIds[i]);
                    s.setString(2, SKILLS[(i + k * 3) % SKILLS.length]);
                    s.addBatch();
                    rows++;
                }
                rows++;
            }
            w.executeBatch();
            s.executeBatch();
        }
        int[] firstMonth = new int[customers];
        Arrays.fill(firstMonth, Integer.MAX_VALUE);
        for (int i = 0; i < customers; i++) {
            customerIds[i] = UUID.randomUUID();
        }
        try (PreparedStatement o = c.prepareStatement("INSERT INTO analytics.order_fact (order_id, customer_id, worker_id, district_code, "
                + "city_code, starts_at, total_fen, total_rank, discount_fen, add_ons_fen, paid_fen, submitted_at, submitted_day, "
                + "submitted_month, start_hour, accepted_at, paid_at, checked_in_at, completed_at, completed_day, cancelled_at, "
                + "cancel_actor, cancel_reason) VALUES (?, ?, ?, ?, ?, ?, ?, 5, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement it = c.prepareStatement("INSERT INTO analytics.order_item (order_id, item_code) VALUES (?, ?)");
             PreparedStatement q = c.prepareStatement("INSERT INTO analytics.quote_fact (quote_id, customer_id, district_code, city_code, "
                     + "item_codes, total_fen, discount_fen, quoted_at, quoted_day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement qi = c.prepareStatement("INSERT INTO analytics.quote_item (quote_id, item_code) VALUES (?, ?)");
             PreparedStatement r = c.prepareStatement("INSERT INTO analytics.review_fact (order_id, customer_id, worker_id, attitude, skill, "
                     + "efficiency, punctuality, overall, review_text, hidden, created_at, updated_at, review_day) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, FALSE, ?, ?, ?)");
             PreparedStatement rw = c.prepareStatement("INSERT INTO analytics.review_word (order_id, word, hits) VALUES (?, ?, 1)");
             PreparedStatement cp = c.prepareStatement("INSERT INTO analytics.complaint_fact (complaint_id, order_id, customer_id, worker_id, "
                     + "category, district_code, city_code, filed_at, filed_day, refund_fen) VALUES (?, ?, ?, ?, 'SERVICE_QUALITY', ?, ?, ?, ?, 0)")) {
            for (int i = 0; i < orders; i++) {
                UUID id = UUID.randomUUID();
                int ci = (int) Math.min(customers - 1, Math.abs(random.nextGaussian()) * customers / 2.5);
                UUID customer = customerIds[ci];
                String district = DISTRICTS[pick(random, DISTRICT_WEIGHTS)];
                String item = ITEMS[pick(random, ITEM_WEIGHTS)];
                LocalDate day = YEAR_START.plusDays(random.nextInt(365));
                int month = Facts.month(day);
                firstMonth[ci] = Math.min(firstMonth[ci], month);
                Instant submitted = day.atTime(8 + random.nextInt(12), random.nextInt(60)).atZone(Facts.ZONE).toInstant();
                Instant start = submitted.plusSeconds(3_600L * (4 + random.nextInt(60)));
                int hour = start.atZone(Facts.ZONE).getHour();
                long total = 8_000 + random.nextInt(40_000);
                long discount = random.nextInt(5) == 0 ? 1_000 + random.nextInt(2_000) : 0;
                int fate = random.nextInt(100);
                boolean accepted = fate >= 4;
                boolean paid = fate >= 9;
                boolean completed = fate >= 13;
                String cancelReason = fate < 4 ? "booking.no-worker-found" : fate < 9 ? "booking.payment-overdue" : fate < 13 ? "行程有变" : null;
                String cancelActor = fate < 9 ? "PLATFORM" : fate < 13 ? "CUSTOMER" : null;
                UUID worker = accepted ? workerIds[random.nextInt(workers)] : null;
                Instant checkIn = start.plusSeconds(random.nextInt(100) < 85 ? -600 : 900);
                Instant done = start.plusSeconds(7_200);
                o.setObject(1, id);
                o.setObject(2, customer);
                o.setObject(3, worker);
                o.setString(4, district);
                o.setString(5, CITY);
                o.setObject(6, at(start));
                o.setLong(7, total);
                o.setLong(8, discount);
                o.setLong(9, paid ? total : 0);
                o.setObject(10, at(submitted));
                o.setObject(11, day);
                o.setInt(12, month);
                o.setInt(13, hour);
                o.setObject(14, accepted ? at(submitted.plusSeconds(600)) : null, Types.TIMESTAMP_WITH_TIMEZONE);
                o.setObject(15, paid ? at(submitted.plusSeconds(1_200)) : null, Types.TIMESTAMP_WITH_TIMEZONE);
                o.setObject(16, completed ? at(checkIn) : null, Types.TIMESTAMP_WITH_TIMEZONE);
                o.setObject(17, completed ? at(done) : null, Types.TIMESTAMP_WITH_TIMEZONE);
                o.setObject(18, completed ? Facts.day(done) : null, Types.DATE);
                o.setObject(19, cancelReason != null ? at(submitted.plusSeconds(3_600)) : null, Types.TIMESTAMP_WITH_TIMEZONE);
                o.setString(20, cancelActor);
                o.setString(21, cancelReason);
                o.addBatch();
                it.setObject(1, id);
                it.setString(2, item);
                it.addBatch();
                rows += 2;
                for (int k = random.nextInt(100) < 40 ? 2 : 1; k > 0; k--) {
                    UUID quote = UUID.randomUUID();
                    qi.setObject(1, quote);
                    qi.setString(2, item);
                    qi.addBatch();
                    q.setObject(1, quote);
                    q.setObject(2, customer);
                    q.setString(3, district);
                    q.setString(4, CITY);
                    q.setString(5, "," + item + ",");
                    q.setLong(6, total);
                    q.setLong(7, discount);
                    q.setObject(8, at(submitted.minusSeconds(300)));
                    q.setObject(9, day);
                    q.addBatch();
                    rows++;
                }
                if (completed && random.nextInt(100) < 60) {
                    int stars = random.nextInt(100) < 8 ? 1 + random.nextInt(2) : 4 + random.nextInt(2);
                    r.setObject(1, id);
                    r.setObject(2, customer);
                    r.setObject(3, worker);
                    for (int k = 4; k <= 8; k++) {
                        r.setInt(k, stars);
                    }
                    r.setString(9, stars <= 2 ? "阿姨迟到,打扫不干净" : "很满意");
                    r.setObject(10, at(done.plusSeconds(3_600)));
                    r.setObject(11, at(done.plusSeconds(3_600)));
                    r.setObject(12, Facts.day(done.plusSeconds(3_600)));
                    r.addBatch();
                    rows++;
                    if (stars <= 2) {
                        int first = random.nextInt(LOW_WORDS.length);
                        for (int k = 0; k < 3; k++) {
                            rw.setObject(1, id);
                            rw.setString(2, LOW_WORDS[(first + k * 5) % LOW_WORDS.length]);
                            rw.addBatch();
                            rows++;
                        }
                    }
                }
                if (completed && random.nextInt(1_000) < 4) {
                    cp.setObject(1, UUID.randomUUID());
                    cp.setObject(2, id);
                    cp.setObject(3, customer);
                    cp.setObject(4, worker);
                    cp.setString(5, district);
                    cp.setString(6, CITY);
                    cp.setObject(7, at(done.plusSeconds(7_200)));
                    cp.setObject(8, Facts.day(done.plusSeconds(7_200)));
                    cp.addBatch();
                    rows++;
                }
                if (i % 2_000 == 1_999) {
                    for (PreparedStatement batch : List.of(o, it, q, qi, r, rw, cp)) {
                        batch.executeBatch();
                    }
                    c.commit();
                }
            }
            for (PreparedStatement batch : List.of(o, it, q, qi, r, rw, cp)) {
                batch.executeBatch();
            }
        }
        try (PreparedStatement d = c.prepareStatement("INSERT INTO analytics.customer_dim (customer_id, birth_year, first_month) "
                + "VALUES (?, ?, ?)")) {
            for (int i = 0; i < customers; i++) {
                d.setObject(1, customerIds[i]);
                d.setObject(2, random.nextInt(3) == 0 ? 1950 + random.nextInt(55) : null, Types.INTEGER);
                d.setObject(3, firstMonth[i] == Integer.MAX_VALUE ? null : firstMonth[i], Types.INTEGER);
                d.addBatch();
                rows++;
                if (i % 5_000 == 4_999) {
                    d.executeBatch();
                }
            }
            d.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        return rows;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
