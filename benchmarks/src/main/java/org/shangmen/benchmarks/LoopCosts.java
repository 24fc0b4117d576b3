package org.shangmen.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a booking loop costs, read around the measured window of {@link BookingLoopLoad}: the
 * database's commits and rows, the platform's statement counters, event publications by type, CPU
 * time of the platform and of PostgreSQL's processes serving its database, the load average; and
 * pgbench TPC-B and select-only on the same database server, run just before the loop.
 */
final class LoopCosts {

    private static final Pattern COUNTER = Pattern.compile("^shangmen_jdbc_(statements|transactions)_total\\{[^}]*(?:kind|outcome)=\"([a-z]+)\"[^}]*} ([0-9.eE+]+)$");
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final double TICKS = 100.0;

    private final String jdbc;
    private final String database;
    private final List<String> targets;
    private final long appPid;
    private final int pgbenchSeconds;
    private final HttpClient client = HttpClient.newHttpClient();
    private double tpcb;
    private double selectOnly;

    record Snapshot(long nanos, long commits, long rollbacks, long rowsRead, long rowsWritten, Map<String, Double> counters,
                    Map<String, Long> publications, long appTicks, long dbTicks, String load) {
    }

    LoopCosts(String jdbc, List<String> targets, long appPid, int pgbenchSeconds) {
        this.jdbc = jdbc;
        this.database = jdbc.replaceFirst("^.*/", "").replaceFirst("\\?.*$", "");
        this.targets = targets;
        this.appPid = appPid;
        this.pgbenchSeconds = pgbenchSeconds;
    }

    /** pgbench on the same database (its own tables in {@code public}), scale 10, 4 clients, 2 threads. */
    void pgbench() throws IOException, InterruptedException {
        if (pgbenchSeconds <= 0) {
            return;
        }
        run(List.of("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-i", "-q", "-s", "10", database));
        tpcb = tps(run(List.of("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-c", "4", "-j", "2", "-T", String.valueOf(pgbenchSeconds),
                database)));
        selectOnly = tps(run(List.of("pgbench", "-h", "127.0.0.1", "-U", "postgres", "-S", "-c", "4", "-j", "2", "-T",
                String.valueOf(pgbenchSeconds), database)));
        System.out.printf("pgbench (scale 10, 4 clients, %d s each): TPC-B %.0f tps, select-only %.0f tps, load average %s%n", pgbenchSeconds,
                tpcb, selectOnly, loadAverage());
    }

    Snapshot snapshot() throws Exception {
        long commits;
        long rollbacks;
        long read;
        long written;
        Map<String, Long> publications = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", ""); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT xact_commit, xact_rollback, tup_returned + tup_fetched, "
                    + "tup_inserted + tup_updated + tup_deleted FROM pg_stat_database WHERE datname = current_database()")) {
                rs.next();
                commits = rs.getLong(1);
                rollbacks = rs.getLong(2);
                read = rs.getLong(3);
                written = rs.getLong(4);
            }
            // Completed publications are deleted: the rows ever inserted are PostgreSQL's count, by type only while they wait.
            try (ResultSet rs = s.executeQuery("SELECT n_tup_ins FROM pg_stat_user_tables WHERE schemaname = 'public' "
                    + "AND relname = 'event_publication'")) {
                if (rs.next()) {
                    publications.put("(all types)", rs.getLong(1));
                }
            }
        }
        Map<String, Double> counters = new TreeMap<>();
        for (String target : targets) {
            HttpResponse<String> metrics = client.send(HttpRequest.newBuilder(URI.create(target + "/actuator/prometheus")).build(),
                    HttpResponse.BodyHandlers.ofString());
            for (String line : metrics.body().split("\n")) {
                Matcher m = COUNTER.matcher(line);
                if (m.matches()) {
                    counters.merge(m.group(1) + "." + m.group(2), Double.parseDouble(m.group(3)), Double::sum);
                }
            }
        }
        return new Snapshot(System.nanoTime(), commits, rollbacks, read, written, counters, publications,
                appPid > 0 ? ticks(Path.of("/proc", String.valueOf(appPid), "stat")) : 0, databaseTicks(), loadAverage());
    }

    void report(Snapshot a, Snapshot b, int loops, double seconds) {
        double n = Math.max(1, loops);
        double rate = loops / seconds;
        System.out.printf("load average before %s, after %s%n", a.load(), b.load());
        if (tpcb > 0) {
            System.out.printf("loops/s %.2f = %.4f of TPC-B tps (%.0f), %.5f of select-only tps (%.0f)%n", rate, rate / tpcb, tpcb,
                    rate / selectOnly, selectOnly);
        }
        System.out.printf("per loop: %.1f commits, %.2f rollbacks (pg_stat_database), %.0f rows read, %.0f rows written%n",
                (b.commits() - a.commits()) / n, (b.rollbacks() - a.rollbacks()) / n, (b.rowsRead() - a.rowsRead()) / n,
                (b.rowsWritten() - a.rowsWritten()) / n);
        if (!b.counters().isEmpty()) {
            StringBuilder line = new StringBuilder("per loop, platform's statements:");
            double total = 0;
            for (var e : b.counters().entrySet()) {
                double d = (e.getValue() - a.counters().getOrDefault(e.getKey(), 0.0)) / n;
                if (e.getKey().startsWith("statements.")) {
                    total += d;
                }
                line.append(String.format(" %s %.1f", e.getKey(), d));
            }
            System.out.println(line.append(String.format(" (statements in all %.1f)", total)));
        }
        StringBuilder events = new StringBuilder("per loop, event publications:");
        long all = 0;
        for (var e : b.publications().entrySet()) {
            long d = e.getValue() - a.publications().getOrDefault(e.getKey(), 0L);
            if (d > 0) {
                all += d;
                events.append(String.format(" %s %.2f", e.getKey(), d / n));
            }
        }
        System.out.println(events.append(String.format(" (in all %.2f)", all / n)));
        if (appPid > 0) {
            System.out.printf("CPU per loop: platform %.1f ms, PostgreSQL (processes of %s and the shared writers) %.1f ms%n",
                    (b.appTicks() - a.appTicks()) * 1000 / TICKS / n, database, (b.dbTicks() - a.dbTicks()) * 1000 / TICKS / n);
        }
    }

    /** PostgreSQL's backends serving this database, and its background writers shared by all databases. */
    private long databaseTicks() throws IOException {
        long sum = 0;
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                try {
                    String cmd = new String(Files.readAllBytes(p.resolve("cmdline"))).replace('\0', ' ');
                    if (cmd.startsWith("postgres: ") && (cmd.contains(" " + database + " ") || cmd.contains("walwriter")
                            || cmd.contains("checkpointer") || cmd.contains("background writer"))) {
                        sum += ticks(p.resolve("stat"));
                    }
                } catch (IOException gone) {
                    // the process ended meanwhile
                }
            }
        }
        return sum;
    }

    private static long ticks(Path stat) throws IOException {
        String text = Files.readString(stat);
        String[] f = text.substring(text.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static double tps(String output) {
        Matcher m = TPS.matcher(output);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }
}
