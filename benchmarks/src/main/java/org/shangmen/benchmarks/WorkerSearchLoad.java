package org.shangmen.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.Zones;
import org.shangmen.persistence.JdbiSetup;
import org.shangmen.worker.adapter.out.persistence.SearchIndexForLoad;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.application.WorkerSearchService;
import org.shangmen.worker.application.port.in.SearchWorkers.Query;
import org.shangmen.worker.application.port.in.SearchWorkers.Sort;
import org.shangmen.worker.application.port.in.SearchWorkers.WorkerCard;
import org.shangmen.worker.domain.ExperienceBand;
import org.shangmen.worker.domain.Gender;
import org.shangmen.worker.domain.NameSpelling;

/**
 * Load driver for worker search (C3.1, C3.2). Builds a city of 100 000 approved workers spread over
 * Shenzhen's nine districts, then runs thousands of searches with random, realistic combinations of filters
 * through the real search service and adapter, one after another on one connection, and prints the
 * latency percentiles. Beside them it prints, measured in the same run on the same connection, the round
 * trip of a bare {@code SELECT 1} and a primary-key lookup, so the figures can be read against the
 * machine and database they ran on.
 *
 * <p>Runs on an embedded in-memory H2 (unless {@code --no-h2}), and on PostgreSQL when given the JDBC URL of an empty
 * database on this machine (127.0.0.1 only) whose name contains "bench". Its own tables are
 * dropped from PostgreSQL at the end unless {@code --keep} is given.
 *
 * <pre>
 * java -Xmx3g -cp benchmarks/target/benchmarks.jar org.shangmen.benchmarks.WorkerSearchLoad \
 *     [jdbc:postgresql://127.0.0.1:5432/shangmen_bench] [--workers=100000] [--searches=3000] [--keep]
 *     [--slowest=20] [--no-h2]
 * </pre>
 */
public final class WorkerSearchLoad {

    static final long SEED = 20_260_315L;
    static final Pattern LOOPBACK_POSTGRES =
            Pattern.compile("jdbc:postgresql://(127\\.0\\.0\\.1)(:[0-9]{1,5})?/([A-Za-z0-9_]+)(\\?.*)?");

    record District(String code, String name, double latitude, double longitude, double spreadKm, double weight) {
    }

    /** Shenzhen's districts: real codes, approximate centres, spread of homes and a weight by population. */
    static final List<District> DISTRICTS = List.of(
            new District("440303", "罗湖区", 22.5550, 114.1310, 2.5, 1.1),
            new District("440304", "福田区", 22.5410, 114.0550, 2.5, 1.6),
            new District("440305", "南山区", 22.5330, 113.9300, 3.5, 1.8),
            new District("440306", "宝安区", 22.6200, 113.8500, 5.0, 4.5),
            new District("440307", "龙岗区", 22.7000, 114.2300, 6.0, 4.0),
            new District("440308", "盐田区", 22.5800, 114.2400, 2.0, 0.2),
            new District("440309", "龙华区", 22.6900, 114.0300, 3.5, 2.5),
            new District("440310", "坪山区", 22.7000, 114.3500, 3.0, 0.6),
            new District("440311", "光明区", 22.7600, 113.9300, 3.0, 1.1));

    /** Common surnames, most common first. */
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严欧莫孔向常汤康易乔赖文";
    static final String FEMALE_GIVEN = "秀英华丽芳梅兰霞玲红燕娟敏静琴云凤萍艳珍桂春金玉小晓海美慧莉婷雪琳丹洁佳颖莲翠淑";
    static final String MALE_GIVEN = "伟强军建国明平勇杰涛斌超波刚辉华林峰磊鹏龙飞宇浩志文东海";
    static final Skill[] SKILLS = Skill.values();
    /** How often workers offer each skill (order of {@link Skill}). */
    static final double[] SKILL_SUPPLY = {0.60, 0.35, 0.20, 0.15, 0.25, 0.12, 0.15, 0.08};
    /** How often customers search for each skill. */
    static final double[] SKILL_DEMAND = {0.35, 0.15, 0.10, 0.05, 0.12, 0.10, 0.09, 0.04};

    record Certificate(CertificateType type, LocalDate validFrom, LocalDate validUntil) {
    }

    record Worker(UUID id, String certification, String standing, Instant suspendedUntil, String name, String gender,
                  int birthYear, int years, Long rateFen, String languages, String introduction, double latitude,
                  double longitude, int ratingTenths, int ratingCount, List<Skill> skills, List<String> districts,
                  List<Certificate> certificates) {
    }

    record Search(Query query, String area) {
    }

    record Options(String postgresUrl, int workers, int searches, int warmUp, boolean keep, int slowest, boolean h2) {

        static Options parse(String[] args) {
            String url = null;
            int workers = 100_000;
            int searches = 3_000;
            boolean keep = false;
            int slowest = 0;
            boolean h2 = true;
            for (String arg : args) {
                if (arg.startsWith("--workers=")) {
                    workers = Integer.parseInt(arg.substring("--workers=".length()));
                } else if (arg.startsWith("--searches=")) {
                    searches = Integer.parseInt(arg.substring("--searches=".length()));
                } else if (arg.startsWith("--slowest=")) {
                    slowest = Integer.parseInt(arg.substring("--slowest=".length()));
                } else if (arg.equals("--no-h2")) {
                    h2 = false;
                } else if (arg.equals("--keep")) {
                    keep = true;
                } else if (arg.startsWith("jdbc:")) {
                    url = arg;
                } else {
                    throw new IllegalArgumentException("unknown argument: " + arg);
                }
            }
            return new Options(url, workers, searches, Math.max(200, searches / 6), keep, slowest, h2);
        }
    }

    private WorkerSearchLoad() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        LocalDate today = LocalDate.now(Zones.CHINA);
        long started = System.nanoTime();
        List<Worker> workers = workers(options.workers(), today);
        List<Search> searches = searches(options.searches() + options.warmUp(), workers);
        System.out.printf(Locale.ROOT, "Worker search load: %,d approved workers (+%,d not searchable) in Shenzhen's 9 districts, "
                        + "%,d searches after %,d warm-up, single connection, seed %d, JDK %s, %d CPUs%n",
                options.workers(), workers.size() - options.workers(), options.searches(), options.warmUp(), SEED,
                Runtime.version(), Runtime.getRuntime().availableProcessors());

        if (options.h2()) {
            h2(options, workers, searches);
        } else {
            System.out.println("H2: skipped (--no-h2)");
        }

        if (options.postgresUrl() == null) {
            System.out.println("PostgreSQL: skipped, no database given (pass jdbc:postgresql://127.0.0.1:5432/<database whose name contains bench>)");
        } else {
            postgres(options, workers, searches);
        }
        System.out.printf(Locale.ROOT, "done in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    private static void h2(Options options, List<Worker> workers, List<Search> searches) throws SQLException {
        String url = "jdbc:h2:mem:worker_search_load_" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            run("H2 " + connection.getMetaData().getDatabaseProductVersion() + " (embedded, in memory)",
                    url, "sa", connection, workers, searches, options);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            }
        }
    }

    private static void postgres(Options options, List<Worker> workers, List<Search> searches) throws Exception {
        Matcher url = LOOPBACK_POSTGRES.matcher(options.postgresUrl());
        if (!url.matches()) {
            System.out.println("PostgreSQL: skipped, only jdbc:postgresql://127.0.0.1 is accepted");
            return;
        }
        if (!url.group(3).toLowerCase(Locale.ROOT).contains("bench")) {
            System.out.println("PostgreSQL: skipped, the database's name must contain \"bench\" (it is filled and emptied)");
            return;
        }
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("socketTimeout", "300");
        properties.setProperty("reWriteBatchedInserts", "true");
        properties.setProperty("ApplicationName", "worker-search-load");
        Connection connection;
        try {
            connection = DriverManager.getConnection(options.postgresUrl(), properties);
        } catch (SQLException e) {
            System.out.println("PostgreSQL: skipped, unreachable at " + url.group(1) + " (" + e.getMessage() + ")");
            return;
        }
        try (connection) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'worker'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    System.out.println("PostgreSQL: skipped, database " + url.group(3)
                            + " already has a worker schema; drop and create it again (see benchmarks/README.md)");
                    return;
                }
            }
            try {
                run("PostgreSQL " + connection.getMetaData().getDatabaseProductVersion() + " (" + url.group(1)
                        + ", database " + url.group(3) + ")", options.postgresUrl(), properties.getProperty("user"),
                        connection, workers, searches, options);
            } finally {
                if (!options.keep()) {
                    connection.setAutoCommit(true);
                    try (Statement statement = connection.createStatement()) {
                        statement.execute("DROP SCHEMA IF EXISTS worker CASCADE");
                        statement.execute("DROP TABLE IF EXISTS public.flyway_schema_history_worker");
                    }
                }
            }
        }
    }

    private static void run(String label, String url, String user, Connection connection, List<Worker> workers,
                            List<Search> searches, Options options) throws SQLException {
        System.out.println();
        System.out.println(label);
        Flyway.configure()
                .dataSource(url, user, "")
                .locations("classpath:db/migration/worker")
                .table("flyway_schema_history_worker")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
        long loadStart = System.nanoTime();
        long[] rows = load(connection, workers);
        Jdbi jdbi = jdbi(connection);
        SearchIndexForLoad.rebuild(jdbi);
        long entries = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM worker.search_entry").mapTo(Long.class).one());
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
        System.out.printf(Locale.ROOT, "  data loaded and analysed in %.1f s: %,d workers, %,d skills, %,d districts, %,d certificates, "
                        + "%,d search rows%n",
                (System.nanoTime() - loadStart) / 1e9, rows[0], rows[1], rows[2], rows[3], entries);

        // The loaded workers have no photos, so no photo link is signed while measuring.
        WorkerSearchService service = new WorkerSearchService(SearchIndexForLoad.over(jdbi), key -> "/api/v1/files/" + key,
                Clock.systemUTC());
        SplittableRandom random = new SplittableRandom(SEED + 1);
        int warmUp = options.warmUp();
        for (int i = 0; i < warmUp; i++) {
            service.search(searches.get(i).query());
            jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
        }
        int n = searches.size() - warmUp;
        long[] nanos = new long[n];
        long[] totals = new long[n];
        for (int i = 0; i < n; i++) {
            Query query = searches.get(warmUp + i).query();
            long t0 = System.nanoTime();
            Page<WorkerCard> page = service.search(query);
            nanos[i] = System.nanoTime() - t0;
            totals[i] = page.total();
        }
        List<Search> measured = searches.subList(warmUp, searches.size());
        Map<String, Predicate<Search>> groups = new LinkedHashMap<>();
        groups.put("all searches", s -> true);
        groups.put("near a point (radius)", s -> s.area().equals("near"));
        groups.put("in a district", s -> s.area().equals("district"));
        groups.put("whole city", s -> s.area().equals("city"));
        groups.put("with a keyword", s -> s.query().keyword() != null);
        groups.put("with certificates", s -> !s.query().certificates().isEmpty());
        groups.put("with experience band", s -> s.query().experience() != null);
        groups.put("with price range", s -> s.query().minPriceFen() != null || s.query().maxPriceFen() != null);
        groups.put("sorted by distance", s -> s.query().sort() == Sort.DISTANCE);
        groups.put("page 2 or later", s -> s.query().page().page() > 0);
        for (Map.Entry<String, Predicate<Search>> group : groups.entrySet()) {
            List<Long> selected = new ArrayList<>();
            List<Long> matches = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (group.getValue().test(measured.get(i))) {
                    selected.add(nanos[i]);
                    matches.add(totals[i]);
                }
            }
            print("search, " + group.getKey(), selected, "median matches " + median(matches));
        }

        if (options.slowest() > 0) {
            Integer[] order = new Integer[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> Long.compare(nanos[b], nanos[a]));
            for (int i = 0; i < Math.min(options.slowest(), n); i++) {
                int at = order[i];
                System.out.printf(Locale.ROOT, "    slow %7.2f ms  matches %5d  %s%n", nanos[at] / 1e6, totals[at], describe(measured.get(at)));
            }
        }

        List<UUID> ids = workers.stream().map(Worker::id).toList();
        List<Long> selectOne = new ArrayList<>();
        List<Long> byKey = new ArrayList<>();
        for (int i = 0; i < 2_000 + warmUp; i++) {
            UUID id = ids.get(random.nextInt(ids.size()));
            long t0 = System.nanoTime();
            jdbi.withHandle(h -> h.createQuery("SELECT 1").mapTo(Integer.class).one());
            long t1 = System.nanoTime();
            jdbi.withHandle(h -> h.createQuery("SELECT real_name, rating_tenths FROM worker.worker WHERE account_id = :id")
                    .bind("id", id).mapToMap().one());
            long t2 = System.nanoTime();
            if (i >= warmUp) {
                selectOne.add(t1 - t0);
                byKey.add(t2 - t1);
            }
        }
        print("comparison: SELECT 1", selectOne, "");
        print("comparison: primary-key lookup", byKey, "");
    }

    /** The search's criteria in one line. */
    static String describe(Search search) {
        Query q = search.query();
        StringBuilder line = new StringBuilder(search.area());
        if (q.near() != null) {
            line.append(String.format(Locale.ROOT, " %.4f,%.4f r=%d", q.near().latitude(), q.near().longitude(), q.radiusMetres()));
        }
        if (q.district() != null) {
            line.append(" district=").append(q.district().value());
        }
        if (q.keyword() != null) {
            line.append(" keyword=").append(q.keyword());
        }
        if (q.skill() != null) {
            line.append(" skill=").append(q.skill());
        }
        if (!q.certificates().isEmpty()) {
            line.append(" certificates=").append(EnumSet.copyOf(q.certificates()));
        }
        if (q.minRatingTenths() != null) {
            line.append(" minRating=").append(q.minRatingTenths());
        }
        if (q.experience() != null) {
            line.append(" experience=").append(q.experience());
        }
        if (q.gender() != null) {
            line.append(" gender=").append(q.gender());
        }
        if (q.minPriceFen() != null || q.maxPriceFen() != null) {
            line.append(" price=").append(q.minPriceFen()).append("..").append(q.maxPriceFen());
        }
        return line.append(" sort=").append(q.sort()).append(" page=").append(q.page().page()).append('x')
                .append(q.page().size()).toString();
    }

    private static void print(String what, List<Long> nanos, String note) {
        if (nanos.isEmpty()) {
            return;
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "  %-38s n=%5d  p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %7.2f ms  %s%n",
                what, sorted.length, percentile(sorted, 50) / 1e6, percentile(sorted, 95) / 1e6,
                percentile(sorted, 99) / 1e6, sorted[sorted.length - 1] / 1e6, note);
    }

    /** Nearest-rank percentile. */
    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static long median(List<Long> values) {
        long[] sorted = values.stream().mapToLong(Long::longValue).sorted().toArray();
        return sorted.length == 0 ? 0 : sorted[sorted.length / 2];
    }

    /** Set up as the application's persistence configuration does, over the one connection. */
    private static Jdbi jdbi(Connection connection) throws SQLException {
        connection.setAutoCommit(true);
        return JdbiSetup.configure(Jdbi.create(connection), connection.getMetaData().getDatabaseProductName());
    }

    // ---- the city ----

    static List<Worker> workers(int approved, LocalDate today) {
        SplittableRandom random = new SplittableRandom(SEED);
        double[] districtWeights = DISTRICTS.stream().mapToDouble(District::weight).toArray();
        double[] surnameWeights = new double[SURNAMES.length()];
        for (int i = 0; i < surnameWeights.length; i++) {
            surnameWeights[i] = 1.0 / Math.pow(i + 1, 0.9);
        }
        int others = approved / 20;
        List<Worker> workers = new ArrayList<>(approved + others);
        long millis = Instant.parse("2025-01-01T00:00:00Z").toEpochMilli();
        Instant now = Instant.now();
        for (int i = 0; i < approved + others; i++) {
            UUID id = new UUID(((millis + i * 997L) << 16) | 0x7000L | random.nextInt(0x1000),
                    0x8000_0000_0000_0000L | (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL));
            boolean female = random.nextDouble() < 0.88;
            String given = female ? FEMALE_GIVEN : MALE_GIVEN;
            StringBuilder name = new StringBuilder().append(SURNAMES.charAt(pick(random, surnameWeights)));
            name.append(given.charAt(random.nextInt(given.length())));
            if (random.nextDouble() < 0.7) {
                name.append(given.charAt(random.nextInt(given.length())));
            }
            District home = DISTRICTS.get(pick(random, districtWeights));
            double north = random.nextGaussian() * home.spreadKm() * 1_000;
            double east = random.nextGaussian() * home.spreadKm() * 1_000;
            double latitude = home.latitude() + Math.toDegrees(north / 6_371_008.8);
            double longitude = home.longitude() + Math.toDegrees(east / (6_371_008.8 * Math.cos(Math.toRadians(home.latitude()))));
            List<String> districts = new ArrayList<>(List.of(home.code()));
            while (random.nextDouble() < (districts.size() == 1 ? 0.4 : 0.15) && districts.size() < DISTRICTS.size()) {
                String another = DISTRICTS.get(pick(random, districtWeights)).code();
                if (!districts.contains(another)) {
                    districts.add(another);
                }
            }
            EnumSet<Skill> skills = EnumSet.noneOf(Skill.class);
            while (skills.isEmpty()) {
                for (int s = 0; s < SKILLS.length; s++) {
                    if (random.nextDouble() < SKILL_SUPPLY[s] && skills.size() < 4) {
                        skills.add(SKILLS[s]);
                    }
                }
            }
            int years = Math.min(25, (int) Math.floor(-Math.log(1 - random.nextDouble()) * 5));
            int birthYear = 1962 + random.nextInt(40);
            int ratingCount = random.nextDouble() < 0.05 ? 0 : (int) Math.min(800, -Math.log(1 - random.nextDouble()) * 80);
            int ratingTenths = ratingCount == 0 ? 0 : Math.min(50, Math.max(30, (int) Math.round(47 + random.nextGaussian() * 2.5)));
            long base = skills.contains(Skill.MATERNITY_NURSE) ? 7_000 : skills.contains(Skill.PATIENT_CARE) ? 6_000 : 4_000;
            Long rate = random.nextDouble() < 0.01 ? null : (base + random.nextInt(50) * 100L + years * 100L);
            StringBuilder languages = new StringBuilder("普通话");
            if (random.nextDouble() < 0.20) {
                languages.append("、粤语");
            }
            if (random.nextDouble() < 0.08) {
                languages.append("、客家话");
            }
            if (random.nextDouble() < 0.03) {
                languages.append("、English");
            }
            List<Certificate> certificates = new ArrayList<>();
            if (random.nextDouble() < 0.85) {
                LocalDate from = today.minusDays(random.nextInt(400));
                certificates.add(new Certificate(CertificateType.HEALTH, from, from.plusYears(1)));
            }
            if (random.nextDouble() < 0.55) {
                certificates.add(new Certificate(CertificateType.HOUSEKEEPER, today.minusDays(random.nextInt(3_000)),
                        random.nextDouble() < 0.7 ? null : today.plusDays(random.nextInt(1_500) - 300)));
            }
            certify(random, certificates, skills, Skill.MATERNITY_NURSE, CertificateType.MATERNITY_NURSE, 0.8, today);
            certify(random, certificates, skills, Skill.NANNY, CertificateType.CHILDCARE, 0.5, today);
            certify(random, certificates, skills, Skill.ELDERLY_CARE, CertificateType.ELDERLY_CARE, 0.5, today);
            certify(random, certificates, skills, Skill.PATIENT_CARE, CertificateType.NURSING_ASSISTANT, 0.6, today);
            String certification = "APPROVED";
            String standing = "ACTIVE";
            Instant suspendedUntil = null;
            if (i >= approved) {
                String[] states = {"SUBMITTED", "DRAFT", "REJECTED", "APPROVED"};
                certification = states[random.nextInt(states.length)];
                standing = certification.equals("APPROVED") ? "REMOVED" : "ACTIVE";
            } else if (random.nextDouble() < 0.02) {
                standing = "SUSPENDED";
                suspendedUntil = now.plus(random.nextInt(60) - 30, ChronoUnit.DAYS);
            }
            workers.add(new Worker(id, certification, standing, suspendedUntil, name.toString(), female ? "FEMALE" : "MALE",
                    birthYear, years, rate, languages.toString(), "从事家政服务" + Math.max(1, years) + "年,认真负责。",
                    latitude, longitude, ratingTenths, ratingCount, List.copyOf(skills), districts, certificates));
        }
        return workers;
    }

    private static void certify(SplittableRandom random, List<Certificate> certificates, EnumSet<Skill> skills, Skill skill,
                                CertificateType type, double share, LocalDate today) {
        if (skills.contains(skill) && random.nextDouble() < share) {
            LocalDate from = today.minusDays(random.nextInt(2_000));
            certificates.add(new Certificate(type, from, random.nextDouble() < 0.5 ? null : from.plusYears(5)));
        }
    }

    static int pick(SplittableRandom random, double[] weights) {
        double total = Arrays.stream(weights).sum();
        double r = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Inserts the city in batches; answers the rows written per table. */
    static long[] load(Connection connection, List<Worker> workers) throws SQLException {
        connection.setAutoCommit(false);
        long[] rows = new long[4];
        OffsetDateTime created = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement worker = connection.prepareStatement("INSERT INTO worker.worker (account_id, certification, "
                + "standing, suspended_until, real_name, name_pinyin, name_initials, gender, birth_year, experience_years, "
                + "hourly_rate_fen, languages, introduction, home_latitude, home_longitude, service_radius_m, rating_sum, "
                + "rating_count, rating_tenths, completed_orders, work_state, approved_at, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement skill = connection.prepareStatement("INSERT INTO worker.worker_skill (worker_id, skill) VALUES (?, ?)");
             PreparedStatement district = connection.prepareStatement(
                     "INSERT INTO worker.worker_district (worker_id, district_code) VALUES (?, ?)");
             PreparedStatement certificate = connection.prepareStatement("INSERT INTO worker.certificate (id, worker_id, type, "
                     + "number_cipher, issuer, valid_from, valid_until, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            SplittableRandom random = new SplittableRandom(SEED + 2);
            int n = 0;
            for (Worker w : workers) {
                NameSpelling spelling = NameSpelling.of(w.name());
                worker.setObject(1, w.id());
                worker.setString(2, w.certification());
                worker.setString(3, w.standing());
                worker.setObject(4, w.suspendedUntil() == null ? null : w.suspendedUntil().atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
                worker.setString(5, w.name());
                worker.setString(6, spelling.full());
                worker.setString(7, spelling.initials());
                worker.setString(8, w.gender());
                worker.setInt(9, w.birthYear());
                worker.setInt(10, w.years());
                worker.setObject(11, w.rateFen(), Types.BIGINT);
                worker.setString(12, w.languages());
                worker.setString(13, w.introduction());
                worker.setDouble(14, w.latitude());
                worker.setDouble(15, w.longitude());
                worker.setInt(16, 10_000);
                worker.setLong(17, (long) w.ratingTenths() * w.ratingCount() / 10);
                worker.setInt(18, w.ratingCount());
                worker.setInt(19, w.ratingTenths());
                worker.setInt(20, w.ratingCount() * 3 / 2);
                worker.setString(21, "RESTING");
                worker.setObject(22, created, Types.TIMESTAMP_WITH_TIMEZONE);
                worker.setObject(23, created, Types.TIMESTAMP_WITH_TIMEZONE);
                worker.setObject(24, created, Types.TIMESTAMP_WITH_TIMEZONE);
                worker.addBatch();
                for (Skill s : w.skills()) {
                    skill.setObject(1, w.id());
                    skill.setString(2, s.name());
                    skill.addBatch();
                    rows[1]++;
                }
                for (String code : w.districts()) {
                    district.setObject(1, w.id());
                    district.setString(2, code);
                    district.addBatch();
                    rows[2]++;
                }
                for (Certificate c : w.certificates()) {
                    certificate.setObject(1, new UUID(random.nextLong(), random.nextLong()));
                    certificate.setObject(2, w.id());
                    certificate.setString(3, c.type().name());
                    certificate.setString(4, "v1:load-test");
                    certificate.setString(5, "深圳市人力资源和社会保障局");
                    certificate.setObject(6, c.validFrom());
                    certificate.setObject(7, c.validUntil(), Types.DATE);
                    certificate.setObject(8, created, Types.TIMESTAMP_WITH_TIMEZONE);
                    certificate.addBatch();
                    rows[3]++;
                }
                rows[0]++;
                if (++n % 2_000 == 0) {
                    flush(connection, worker, skill, district, certificate);
                }
            }
            flush(connection, worker, skill, district, certificate);
        }
        connection.setAutoCommit(true);
        return rows;
    }

    private static void flush(Connection connection, PreparedStatement... statements) throws SQLException {
        for (PreparedStatement statement : statements) {
            statement.executeBatch();
        }
        connection.commit();
    }

    // ---- what customers ask ----

    static List<Search> searches(int count, List<Worker> workers) {
        SplittableRandom random = new SplittableRandom(SEED + 3);
        double[] districtWeights = DISTRICTS.stream().mapToDouble(District::weight).toArray();
        int[] radii = {1_000, 2_000, 3_000, 5_000, 10_000};
        double[] radiusWeights = {0.15, 0.20, 0.25, 0.25, 0.15};
        List<Search> searches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double where = random.nextDouble();
            District district = DISTRICTS.get(pick(random, districtWeights));
            GeoPoint near = null;
            Integer radius = null;
            RegionCode code = null;
            String area;
            if (where < 0.45) {
                double north = random.nextGaussian() * district.spreadKm() * 1_000;
                double east = random.nextGaussian() * district.spreadKm() * 1_000;
                near = new GeoPoint(district.latitude() + Math.toDegrees(north / 6_371_008.8),
                        district.longitude() + Math.toDegrees(east / (6_371_008.8 * Math.cos(Math.toRadians(district.latitude())))));
                int r = radii[pick(random, radiusWeights)];
                radius = r == 5_000 ? null : r;
                area = "near";
            } else if (where < 0.80) {
                code = RegionCode.of(district.code());
                area = "district";
            } else {
                area = "city";
            }
            Skill skill = random.nextDouble() < 0.7 ? SKILLS[pick(random, SKILL_DEMAND)] : null;
            String keyword = random.nextDouble() < 0.10 ? keyword(random, workers.get(random.nextInt(workers.size())).name()) : null;
            Integer minRating = random.nextDouble() < 0.30 ? new int[] {40, 45, 48}[random.nextInt(3)] : null;
            ExperienceBand experience = random.nextDouble() < 0.20
                    ? ExperienceBand.values()[random.nextInt(ExperienceBand.values().length)] : null;
            EnumSet<CertificateType> certificates = EnumSet.noneOf(CertificateType.class);
            if (random.nextDouble() < 0.25) {
                double c = random.nextDouble();
                if (c < 0.60) {
                    certificates.add(CertificateType.HEALTH);
                } else if (c < 0.80) {
                    certificates.add(CertificateType.HOUSEKEEPER);
                } else if (c < 0.95) {
                    certificates.addAll(List.of(CertificateType.HOUSEKEEPER, CertificateType.HEALTH));
                } else {
                    certificates.addAll(List.of(CertificateType.MATERNITY_NURSE, CertificateType.HEALTH));
                }
            }
            Gender gender = random.nextDouble() < 0.10 ? (random.nextDouble() < 0.7 ? Gender.FEMALE : Gender.MALE) : null;
            Long minPrice = null;
            Long maxPrice = null;
            if (random.nextDouble() < 0.20) {
                double p = random.nextDouble();
                if (p < 0.4) {
                    maxPrice = 6_000L;
                } else if (p < 0.8) {
                    minPrice = 5_000L;
                    maxPrice = 8_000L;
                } else {
                    minPrice = 8_000L;
                }
            }
            Sort sort;
            double s = random.nextDouble();
            if (near != null) {
                sort = s < 0.5 ? Sort.DISTANCE : s < 0.8 ? Sort.RATING : s < 0.95 ? Sort.PRICE_ASC : Sort.EXPERIENCE;
            } else {
                sort = s < 0.6 ? Sort.RATING : s < 0.8 ? Sort.PRICE_ASC : s < 0.9 ? Sort.EXPERIENCE : Sort.PRICE_DESC;
            }
            double pg = random.nextDouble();
            int page = pg < 0.80 ? 0 : pg < 0.95 ? 1 : 2 + random.nextInt(3);
            double sz = random.nextDouble();
            int size = sz < 0.85 ? 20 : sz < 0.95 ? 10 : 50;
            searches.add(new Search(new Query(keyword, skill, code, near, radius, minRating, experience, certificates,
                    gender, minPrice, maxPrice, sort, new PageRequest(page, size)), area));
        }
        return searches;
    }

    /** What someone types to find this name: the surname in pinyin, a pinyin prefix, the initials, or Chinese. */
    static String keyword(SplittableRandom random, String name) {
        NameSpelling spelling = NameSpelling.of(name);
        NameSpelling surname = NameSpelling.of(name.substring(0, 1));
        double k = random.nextDouble();
        if (k < 0.30) {
            return surname.full();
        } else if (k < 0.55) {
            String full = spelling.full();
            return full.substring(0, Math.min(full.length(), surname.full().length() + 2 + random.nextInt(4)));
        } else if (k < 0.75) {
            return spelling.initials();
        } else if (k < 0.90) {
            return name.substring(1);
        }
        return name;
    }
}
