package org.shangmen.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * C2.3 slot search over HTTP with 2 000 eligible workers: plants the workers straight into the worker
 * tables of a running instance's PostgreSQL database (approved, active, daily cleaning in one district,
 * a valid housekeeper certificate, a working week of a morning and an afternoon window with a day off,
 * leave now and then, 0–2 bookings a day in the fortnight and, with {@code --history=N}, N past bookings
 * and jobs), then asks the instance for the free slots of daily cleaning over 14 days, one search after
 * the other, and prints p50/p95/p99 in milliseconds with, from the same run, the database round trip
 * ({@code SELECT 1}) and the rows the searches read from the worker and booking tables
 * ({@code pg_stat_user_tables}, per search).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.shangmen.benchmarks.SlotSearchLoad \
 *     --target=http://127.0.0.1:8080 --db=jdbc:postgresql://127.0.0.1:5432/shangmen_bench \
 *     [--workers=2000] [--history=100000] [--searches=500] [--district=440305]</pre>
 *
 * The planted workers are known by their certificates' issuer ({@code 压测}); a run with other
 * {@code --workers} replaces them, and {@code --remove} removes them with their bookings.
 */
public final class SlotSearchLoad {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PLANTED = "md5('slot-load-' || g)::uuid";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            String[] kv = arg.replaceFirst("^--", "").split("=", 2);
            options.put(kv[0], kv.length > 1 ? kv[1] : "true");
        }
        String target = options.getOrDefault("target", "http://127.0.0.1:8080");
        String db = options.getOrDefault("db", "jdbc:postgresql://127.0.0.1:5432/shangmen_bench");
        int workers = Integer.parseInt(options.getOrDefault("workers", "2000"));
        int history = Integer.parseInt(options.getOrDefault("history", "0"));
        int searches = Integer.parseInt(options.getOrDefault("searches", "500"));
        String district = options.getOrDefault("district", "440305");
        if (!db.startsWith("jdbc:postgresql://127.0.0.1")) {
            throw new IllegalArgumentException("only a PostgreSQL database on 127.0.0.1");
        }
        try (Connection c = DriverManager.getConnection(db, options.getOrDefault("user", "postgres"), "")) {
            if (options.containsKey("remove")) {
                remove(c);
                return;
            }
            plant(c, workers, history, district);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String item = itemId(client, target);
            URI uri = URI.create(target + "/api/v1/public/slots?items=" + item + "&district=" + district + "&days=14");
            int warmUp = Math.max(20, searches / 5);
            int slots = 0;
            for (int i = 0; i < warmUp; i++) {
                slots = search(client, uri).path("slots").size();
            }
            long[] rowsBefore = rowsRead(c);
            long[] took = new long[searches];
            long[] roundTrip = new long[searches];
            for (int i = 0; i < searches; i++) {
                long t0 = System.nanoTime();
                search(client, uri);
                took[i] = System.nanoTime() - t0;
                long t1 = System.nanoTime();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT 1")) {
                    rs.next();
                }
                roundTrip[i] = System.nanoTime() - t1;
            }
            long[] rowsAfter = rowsRead(c);
            System.out.printf("slot search, 14 days, %d planted workers (+%d past bookings), %d searches after %d warm-up; %d start times offered%n",
                    workers, history, searches, warmUp, slots);
            System.out.printf("slot search ms  p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", pct(took, 50), pct(took, 95), pct(took, 99),
                    pct(took, 100));
            System.out.printf("SELECT 1 ms     p50 %.2f  p95 %.2f  p99 %.2f (same run, same database)%n", pct(roundTrip, 50),
                    pct(roundTrip, 95), pct(roundTrip, 99));
            System.out.printf("rows read per search from worker.* and booking.* tables: %.0f (sequential %.0f, by index %.0f)%n",
                    (double) (rowsAfter[0] + rowsAfter[1] - rowsBefore[0] - rowsBefore[1]) / searches,
                    (double) (rowsAfter[0] - rowsBefore[0]) / searches, (double) (rowsAfter[1] - rowsBefore[1]) / searches);
        }
    }

    private static void plant(Connection c, int workers, int history, String district) throws SQLException {
        try (Statement s = c.createStatement()) {
            ResultSet existing = s.executeQuery("SELECT COUNT(*) FROM worker.worker WHERE account_id IN (SELECT " + PLANTED
                    + " FROM generate_series(1, " + workers + ") g)");
            existing.next();
            if (existing.getLong(1) == workers) {
                System.out.println("the " + workers + " workers are planted already");
                return;
            }
            remove(c);
            long t0 = System.nanoTime();
            String ids = " FROM generate_series(1, " + workers + ") g";
            s.execute("INSERT INTO worker.worker (account_id, certification, standing, work_state, real_name, experience_years, "
                    + "created_at, updated_at) SELECT " + PLANTED + ", 'APPROVED', 'ACTIVE', 'WORKING', '压测' || g, 3, now(), now()" + ids);
            s.execute("INSERT INTO worker.worker_skill (worker_id, skill) SELECT " + PLANTED + ", 'DAILY_CLEANING'" + ids);
            s.execute("INSERT INTO worker.worker_district (worker_id, district_code) SELECT " + PLANTED + ", '" + district + "'" + ids);
            s.execute("INSERT INTO worker.certificate (id, worker_id, type, number_cipher, issuer, valid_from, valid_until, created_at) "
                    + "SELECT gen_random_uuid(), " + PLANTED + ", 'HOUSEKEEPER', 'x', '压测', DATE '2024-01-01', DATE '2035-12-31', now()" + ids);
            // Mornings and afternoons of varying length, a day off a week.
            s.execute("INSERT INTO worker.weekly_hours (worker_id, day_of_week, start_minute, end_minute) "
                    + "SELECT " + PLANTED + ", d, 420 + (g % 5) * 30, 720 FROM generate_series(1, " + workers + ") g, generate_series(1, 7) d "
                    + "WHERE d <> g % 7 + 1 UNION ALL SELECT " + PLANTED + ", d, 780, 1020 + (g % 4) * 60 FROM generate_series(1, " + workers
                    + ") g, generate_series(1, 7) d WHERE d <> g % 7 + 1");
            s.execute("INSERT INTO worker.schedule_exception (id, worker_id, local_date, kind, start_minute, end_minute, note) "
                    + "SELECT gen_random_uuid(), " + PLANTED + ", CURRENT_DATE + (g % 14), 'LEAVE', 780, 1080, '压测'" + ids + " WHERE g % 5 = 0");
            // 0–2 jobs a day in the coming fortnight.
            String jobs = "SELECT gen_random_uuid() AS o, " + PLANTED + " AS w, date_trunc('day', now()) + (d || ' days')::interval "
                    + "+ interval '1 hour' + (j * 5) * interval '1 hour' AS s FROM generate_series(1, " + workers + ") g, "
                    + "generate_series(1, 14) d, generate_series(0, 1) j WHERE (g + d + j) % 3 <> 0";
            plantBookings(s, jobs);
            if (history > 0) {
                plantBookings(s, "SELECT gen_random_uuid() AS o, " + PLANTED.replace("g)", "(h % " + workers + " + 1))")
                        + " AS w, now() - interval '2 days' - h * interval '7 minutes' AS s FROM generate_series(1, " + history + ") h");
            }
            // Each planted calendar's stamp, as the platform writes one with every calendar change (schemas before
            // stamps have no table for them).
            if (stamps(c)) {
                for (String table : new String[] {"worker.calendar_stamp", "booking.job_stamp"}) {
                    s.execute("INSERT INTO " + table + " (worker_id, stamp) SELECT " + PLANTED
                            + ", CAST((random() - 0.5) * 1.8e19 AS BIGINT)" + ids);
                }
            }
            for (String table : new String[] {"worker.worker", "worker.worker_skill", "worker.worker_district", "worker.certificate",
                    "worker.weekly_hours", "worker.schedule_exception", "worker.booking", "worker.booked_cell", "booking.worker_job"}) {
                s.execute("ANALYZE " + table);
            }
            System.out.printf("planted %d workers in %s (+%d past bookings) in %.1f s%n", workers, district, history,
                    (System.nanoTime() - t0) / 1e9);
        }
    }

    private static void plantBookings(Statement s, String rows) throws SQLException {
        s.execute("CREATE TEMPORARY TABLE slot_load_jobs AS " + rows);
        s.execute("INSERT INTO worker.booking (order_id, worker_id, starts_at, ends_at, booked_at) "
                + "SELECT o, w, s, s + interval '3 hours', s - interval '2 days' FROM slot_load_jobs");
        s.execute("INSERT INTO worker.booked_cell (worker_id, cell_start, order_id) SELECT w, s + q * interval '15 minutes', o "
                + "FROM slot_load_jobs, generate_series(0, 11) q");
        s.execute("INSERT INTO booking.worker_job (order_id, worker_id, starts_at, ends_at) "
                + "SELECT o, w, s, s + interval '3 hours' FROM slot_load_jobs");
        s.execute("DROP TABLE slot_load_jobs");
    }

    private static void remove(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TEMPORARY TABLE slot_load_planted AS SELECT DISTINCT worker_id FROM worker.certificate WHERE issuer = '压测'");
            for (String table : new String[] {"booking.job_stamp", "booking.worker_job", "worker.booked_cell", "worker.booking", "worker.schedule_exception",
                    "worker.weekly_hours", "worker.calendar_stamp", "worker.certificate", "worker.worker_district", "worker.worker_skill"}) {
                if (table.endsWith("_stamp") && !stamps(c)) {
                    continue;
                }
                s.execute("DELETE FROM " + table + " WHERE worker_id IN (SELECT worker_id FROM slot_load_planted)");
            }
            s.execute("DELETE FROM worker.worker WHERE account_id IN (SELECT worker_id FROM slot_load_planted)");
            s.execute("DROP TABLE slot_load_planted");
        }
    }

    private static boolean stamps(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT to_regclass('worker.calendar_stamp') IS NOT NULL AND to_regclass('booking.job_stamp') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** Rows read so far from the worker and booking schemas' tables: sequentially, and fetched through indexes. */
    private static long[] rowsRead(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_stat_clear_snapshot(), "
                + "COALESCE(SUM(seq_tup_read), 0), COALESCE(SUM(idx_tup_fetch), 0) FROM pg_stat_user_tables "
                + "WHERE schemaname IN ('worker', 'booking')")) {
            rs.next();
            return new long[] {rs.getLong(2), rs.getLong(3)};
        }
    }

    private static String itemId(HttpClient client, String target) throws Exception {
        JsonNode catalogue = get(client, URI.create(target + "/api/v1/public/catalogue"));
        for (JsonNode category : catalogue.path("categories")) {
            for (JsonNode item : category.path("items")) {
                if ("daily-cleaning".equals(item.path("code").asString(""))) {
                    return item.path("id").asString("");
                }
            }
        }
        throw new IllegalStateException("no daily-cleaning item: start the instance with the demo profile");
    }

    private static JsonNode search(HttpClient client, URI uri) throws Exception {
        return get(client, uri);
    }

    private static int calls;

    private static JsonNode get(HttpClient client, URI uri) throws Exception {
        // Each call from its own client address, so that the per-address rate limit does not stop the driver.
        String address = "10.9." + (calls / 250 % 250) + "." + (calls++ % 250 + 1);
        HttpResponse<String> reply = client.send(HttpRequest.newBuilder(uri).header("X-Forwarded-For", address).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + reply.statusCode() + ": " + reply.body());
        }
        return JSON.readTree(reply.body());
    }

    private static double pct(long[] nanos, int p) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int index = p >= 100 ? sorted.length - 1 : (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }
}
