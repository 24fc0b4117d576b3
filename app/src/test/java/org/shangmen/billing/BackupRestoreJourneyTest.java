package org.shangmen.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.h2.tools.Restore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.ShangmenApplication;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.TestClockConfiguration;
import org.shangmen.billing.BillingJourneys.Party;
import org.shangmen.billing.api.FinanceReports;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * A1.2 restore is tested, not promised: data made through the real flows (a worker certified with her
 * documents, an order accepted, paid in the sandbox and completed) is backed up, the database and the upload
 * folders are destroyed, the backup is restored and the platform started again on it. On H2 the backup is
 * the platform's own backup set; on PostgreSQL ({@code -Ppostgres}) it is {@code pg_dump -Fc} restored with
 * {@code pg_restore} into a fresh database, with the document folder copied beside it.
 */
class BackupRestoreJourneyTest {

    /** The rows that must all come back, table by table. */
    private static final List<String> TABLES = List.of("booking.customer_order", "booking.order_payment", "booking.order_transition",
            "billing.payment", "billing.ledger_entry", "billing.ledger_posting", "billing.earning", "worker.worker", "worker.document");
    private static final List<String> FOLDERS = List.of("documents", "order-media", "message-media", "complaint-media", "training");

    private static final String PG_URL = System.getProperty("shangmen.test.db-url", "");
    private static final String DB_USER = System.getProperty("shangmen.test.db-user", "sa");

    private record Made(UUID orderId, UUID paymentId, Party customer, Certified worker) {
    }

    @Test
    @DisplayName("A1.2 after a backup (the newest sets kept), the loss of the database and the upload folder, and a restore, every order, payment, ledger entry and document is back and the ledger balances")
    void restoredPlatformHasEverything() throws Exception {
        Path root = Path.of("target", "restore-" + UUID.randomUUID()).toAbsolutePath();
        boolean postgres = PG_URL.startsWith("jdbc:postgresql");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String sourceUrl = postgres ? createDatabase("restore_src_" + suffix) : h2(root.resolve("db"));
        Path sourceData = root.resolve("data");

        Made made;
        Map<String, List<String>> rows;
        Map<String, String> files;
        Path backup;
        try (ConfigurableApplicationContext first = start(sourceUrl, sourceData)) {
            made = makeData(first);
            rows = rows(first);
            files = files(sourceData);
            assertThat(files.keySet()).as("the worker's uploaded documents").anyMatch(f -> f.startsWith("documents/"));
            assertThat(rows.get("billing.ledger_entry")).isNotEmpty();
            backup = postgres ? pgDump(sourceUrl, root, sourceData) : embeddedBackup(first);
        }

        // The loss: the database and every upload folder are gone.
        if (postgres) {
            dropDatabase(sourceUrl);
        } else {
            delete(root.resolve("db"));
        }
        delete(sourceData);
        assertThat(sourceData).doesNotExist();

        Path restoredData = root.resolve("restored");
        String restoredUrl = postgres ? pgRestore(backup, "restore_" + suffix, restoredData) : h2Restore(backup, root.resolve("restored-db"), restoredData);
        try (ConfigurableApplicationContext second = start(restoredUrl, restoredData)) {
            assertThat(rows(second)).isEqualTo(rows);
            assertThat(files(restoredData)).isEqualTo(files);
            BillingJourneys.ledgerBalanced(second.getBean(FinanceReports.class));

            Http http = new Http(port(second));
            BillingJourneys steps = new BillingJourneys(http);
            String customerToken = steps.signIn(made.customer().phone());
            assertThat(steps.order(customerToken, made.orderId()).path("status").asString()).isEqualTo("COMPLETED");
            JsonNode payment = http.get("/api/v1/customer/payments/" + made.paymentId()).bearer(customerToken).send().json();
            assertThat(payment.path("status").asString()).isEqualTo("SUCCEEDED");
            String workerToken = steps.signIn(made.worker().phone());
            JsonNode earnings = http.get("/api/v1/worker/earnings").bearer(workerToken).send().json();
            assertThat(earnings.path("items").findValuesAsString("orderId")).contains(made.orderId().toString());
        } finally {
            if (postgres) {
                dropDatabase(restoredUrl);
            }
        }
    }

    private static Made makeData(ConfigurableApplicationContext context) {
        Http http = new Http(port(context));
        Journeys journeys = new Journeys(http, context.getBean(OperatorAdministration.class));
        BillingJourneys steps = new BillingJourneys(http);
        MutableClock clock = context.getBean(MutableClock.class);

        Certified worker = steps.worker("恢复测试阿姨", journeys.operatorToken("ops"));
        Party customer = steps.customer();
        OffsetDateTime start = BillingJourneys.tomorrowAt(clock.instant(), 10);
        UUID orderId = steps.accepted(customer, worker, start);
        UUID paymentId = steps.paid(customer.token(), orderId);
        String code = steps.order(customer.token(), orderId).path("serviceCode").asString();
        clock.advance(Duration.between(clock.instant(), start.toInstant().minus(Duration.ofMinutes(20))));
        String workerToken = steps.signIn(worker.phone());
        Http.Reply in = http.post("/api/v1/worker/orders/" + orderId + "/check-in", Http.json(Map.of("code", code,
                "latitude", BillingJourneys.LAT, "longitude", BillingJourneys.LNG))).bearer(workerToken).send();
        assertThat(in.status()).as(in.body()).isEqualTo(200);
        Http.Reply out = http.post("/api/v1/worker/orders/" + orderId + "/check-out", "").bearer(workerToken).send();
        assertThat(out.status()).as(out.body()).isEqualTo(200);
        Await.condition(() -> http.get("/api/v1/worker/earnings").bearer(workerToken).send().json().path("items")
                .findValuesAsString("orderId").contains(orderId.toString()), "the earning of the completed order");
        Await.condition(() -> context.getBean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL", Long.class) == 0, "every event handled");
        assertThat(steps.order(steps.signIn(customer.phone()), orderId).path("status").asString()).isEqualTo("COMPLETED");
        BillingJourneys.ledgerBalanced(context.getBean(FinanceReports.class));
        return new Made(orderId, paymentId, customer, worker);
    }

    private static ConfigurableApplicationContext start(String url, Path data) {
        // Command-line arguments outrank application-test.yml, which points at the shared test database.
        return new SpringApplicationBuilder(ShangmenApplication.class, TestClockConfiguration.class)
                .profiles("test", "demo")
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=" + DB_USER,
                        "--shangmen.storage.local.root=" + data.resolve("documents"),
                        "--shangmen.booking.media-root=" + data.resolve("order-media"),
                        "--shangmen.notification.media-root=" + data.resolve("message-media"),
                        "--shangmen.complaint.media-root=" + data.resolve("complaint-media"),
                        "--shangmen.training.storage.root=" + data.resolve("training"),
                        "--shangmen.ops.backup.dir=" + data.getParent().resolve("backups"), "--shangmen.ops.backup.keep=2");
    }

    private static int port(ConfigurableApplicationContext context) {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static String h2(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("shangmen") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    // --- H2: the platform's own backup set -------------------------------------------------------------------

    private static Path embeddedBackup(ConfigurableApplicationContext context) {
        Http http = new Http(port(context));
        String superadmin = new Journeys(http, context.getBean(OperatorAdministration.class)).operatorToken("superadmin");
        List<String> taken = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Http.Reply set = http.post("/api/v1/admin/ops/backups", "").bearer(superadmin).send();
            assertThat(set.status()).as(set.body()).isEqualTo(201);
            assertThat(set.json().path("sizeBytes").asLong()).isPositive();
            taken.add(set.json().path("name").asString());
        }
        String name = taken.getLast();
        JsonNode listed = http.get("/api/v1/admin/ops/backups").bearer(superadmin).send().json().path("items");
        assertThat(listed.findValuesAsString("name")).as("the newest two kept, newest first")
                .containsExactly(taken.get(2), taken.get(1));
        assertThat(OffsetDateTime.parse(listed.get(0).path("takenAt").asString()).getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
        JsonNode health = http.get("/api/v1/admin/ops/health").bearer(superadmin).send().json().path("backups");
        assertThat(health.path("mode").asString()).isEqualTo("EMBEDDED");
        assertThat(health.path("lastLabel").asString()).isEqualTo(name);
        return Path.of(context.getEnvironment().getRequiredProperty("shangmen.ops.backup.dir")).resolve(name);
    }

    /** Unpacks a backup set: {@code database.zip} through H2's Restore tool, {@code files/<folder>/...} into the folders. */
    private static String h2Restore(Path set, Path dbDir, Path data) throws IOException {
        Files.createDirectories(dbDir);
        Path databaseZip = dbDir.resolve("database.zip");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(set))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = entry.getName().equals("database.zip") ? databaseZip
                        : data.resolve(entry.getName().substring("files/".length())).normalize();
                assertThat(target.startsWith(dbDir) || target.startsWith(data)).as(entry.getName()).isTrue();
                Files.createDirectories(target.getParent());
                Files.copy(zip, target);
            }
        }
        Restore.execute(databaseZip.toString(), dbDir.toString(), "shangmen");
        Files.delete(databaseZip);
        return h2(dbDir);
    }

    // --- PostgreSQL: pg_dump -Fc and pg_restore --------------------------------------------------------------

    private static String createDatabase(String name) throws SQLException {
        String database = databaseName(PG_URL) + "_" + name;
        try (Connection c = DriverManager.getConnection(PG_URL, DB_USER, ""); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + database);
        }
        return PG_URL.substring(0, PG_URL.lastIndexOf('/') + 1) + database;
    }

    private static void dropDatabase(String url) throws SQLException {
        try (Connection c = DriverManager.getConnection(PG_URL, DB_USER, ""); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + databaseName(url) + " WITH (FORCE)");
        }
    }

    private static String databaseName(String url) {
        String tail = url.substring(url.lastIndexOf('/') + 1);
        return tail.contains("?") ? tail.substring(0, tail.indexOf('?')) : tail;
    }

    private static Path pgDump(String url, Path root, Path data) throws Exception {
        Path dump = root.resolve("backups").resolve("shangmen.dump");
        Files.createDirectories(dump.getParent());
        run(tool("pg_dump"), "-Fc", "--no-owner", "-h", host(url), "-p", port(url), "-U", DB_USER, "-f", dump.toString(), databaseName(url));
        assertThat(Files.size(dump)).isPositive();
        for (String folder : FOLDERS) {
            copy(data.resolve(folder), root.resolve("backups").resolve("files").resolve(folder));
        }
        return dump;
    }

    private static String pgRestore(Path dump, String name, Path data) throws Exception {
        String url = createDatabase(name);
        run(tool("pg_restore"), "--no-owner", "--exit-on-error", "-h", host(url), "-p", port(url), "-U", DB_USER,
                "-d", databaseName(url), dump.toString());
        for (String folder : FOLDERS) {
            copy(dump.getParent().resolve("files").resolve(folder), data.resolve(folder));
        }
        return url;
    }

    private static String host(String url) {
        String authority = url.substring("jdbc:postgresql://".length(), url.lastIndexOf('/'));
        return authority.contains(":") ? authority.substring(0, authority.indexOf(':')) : authority;
    }

    private static String port(String url) {
        String authority = url.substring("jdbc:postgresql://".length(), url.lastIndexOf('/'));
        return authority.contains(":") ? authority.substring(authority.indexOf(':') + 1) : "5432";
    }

    private static String tool(String name) throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(versions)) {
            try (Stream<Path> list = Files.list(versions)) {
                return list.map(v -> v.resolve("bin").resolve(name)).filter(Files::isExecutable)
                        .max(Path::compareTo).map(Path::toString).orElse(name);
            }
        }
        return name;
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
    }

    // --- what must come back ---------------------------------------------------------------------------------

    private static Map<String, List<String>> rows(ConfigurableApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        Map<String, List<String>> all = new TreeMap<>();
        for (String table : TABLES) {
            List<String> rows = new ArrayList<>(jdbc.query("SELECT * FROM " + table, (rs, n) -> {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    Object value = rs.getObject(i);
                    row.append(rs.getMetaData().getColumnName(i)).append('=')
                            .append(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes)
                                    : value instanceof Object[] array ? Arrays.toString(array)
                                    : value instanceof java.sql.Array array ? Arrays.toString((Object[]) array.getArray())
                                    : value instanceof OffsetDateTime time ? time.toInstant().toString() : String.valueOf(value))
                            .append(';');
                }
                return row.toString();
            }));
            rows.sort(null);
            all.put(table, rows);
        }
        return all;
    }

    /** Every file under the upload folders, by its path relative to the data folder, with its content's digest. */
    private static Map<String, String> files(Path data) throws IOException {
        if (!Files.isDirectory(data)) {
            return Map.of();
        }
        try (Stream<Path> walk = Files.walk(data)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toMap(
                    f -> data.relativize(f).toString().replace('\\', '/'), BackupRestoreJourneyTest::digest, (a, b) -> a, TreeMap::new));
        }
    }

    private static String digest(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.readAllBytes()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
