package org.shangmen.worker.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.application.port.in.SearchWorkers.Sort;
import org.shangmen.worker.application.port.out.WorkerSearchIndex;
import org.shangmen.worker.domain.Gender;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Repository;

/**
 * Worker search in SQL that runs the same on PostgreSQL and H2. The WHERE clause is put together from the
 * fixed fragments below; whatever the caller typed travels only as bound parameters. A page costs at most
 * four statements whatever its size: the page (two at most, see {@link #page}), the count when the page
 * does not settle it, and the skills, districts and certificates of the page's workers in one.
 */
@Repository
class JdbiWorkerSearch implements WorkerSearchIndex {

    private static final String LISTING_COLUMNS = "w.account_id, w.real_name, w.gender, w.birth_year, "
            + "w.experience_years, w.rating_tenths, w.rating_count, w.completed_orders, w.hourly_rate_fen, "
            + "w.languages, w.introduction, w.home_latitude, w.home_longitude";

    /** The listing and every column a filter reads. */
    private static final String SEARCH_COLUMNS = LISTING_COLUMNS + ", w.certification, w.standing, w.suspended_until, "
            + "w.name_pinyin, w.name_initials";
    /** How many workers, best first in the requested order, a page is first looked for among. */
    static final int PROBE_ROWS = 2_000;

    /**
     * Approved, and active or with a suspension that has ended. Written as two alternatives, each whole, so
     * that no database takes the unselective certification column as the way in.
     */
    private static final String SEARCHABLE = "((w.certification = 'APPROVED' AND w.standing = 'ACTIVE') "
            + "OR (w.certification = 'APPROVED' AND w.standing = 'SUSPENDED' AND w.suspended_until <= :now))";
    private static final String NAME_OR_SPELLING = " AND (w.real_name LIKE :namePattern ESCAPE '!' "
            + "OR w.name_pinyin LIKE :spellingPattern OR w.name_initials LIKE :initialsPattern)";
    private static final String NAME_ONLY = " AND w.real_name LIKE :namePattern ESCAPE '!'";
    private static final String SKILL = " AND EXISTS (SELECT 1 FROM worker.worker_skill s "
            + "WHERE s.worker_id = w.account_id AND s.skill = :skill)";
    private static final String DISTRICT = " AND EXISTS (SELECT 1 FROM worker.worker_district d "
            + "WHERE d.worker_id = w.account_id AND d.district_code = :district)";
    /** One per required certificate type; {@code #} is replaced by the type's position in the enum. */
    private static final String CERTIFICATE = " AND EXISTS (SELECT 1 FROM worker.certificate c "
            + "WHERE c.worker_id = w.account_id AND c.type = :certificate# AND (c.valid_until IS NULL OR c.valid_until >= :today))";
    private static final String MIN_RATING = " AND w.rating_tenths >= :minRating";
    private static final String MIN_YEARS = " AND w.experience_years >= :minYears";
    private static final String MAX_YEARS = " AND w.experience_years < :maxYears";
    private static final String GENDER = " AND w.gender = :gender";
    private static final String MIN_PRICE = " AND w.hourly_rate_fen >= :minPrice";
    private static final String MAX_PRICE = " AND w.hourly_rate_fen <= :maxPrice";
    private static final String IN_BOX = " AND w.home_latitude BETWEEN :minLat AND :maxLat "
            + "AND w.home_longitude BETWEEN :minLng AND :maxLng";

    private static final String THEN_BY_RATING = "w.rating_tenths DESC, w.rating_count DESC, w.account_id";
    private static final Map<Sort, String> ORDER = Map.of(
            Sort.RATING, THEN_BY_RATING,
            Sort.EXPERIENCE, "w.experience_years DESC, " + THEN_BY_RATING,
            Sort.PRICE_ASC, "w.hourly_rate_fen ASC NULLS LAST, " + THEN_BY_RATING,
            Sort.PRICE_DESC, "w.hourly_rate_fen DESC NULLS LAST, " + THEN_BY_RATING);

    /** Skills, districts and the certificates valid today of a page of workers, in one statement. */
    private static final String ATTRIBUTES = "SELECT s.worker_id, 'S' AS kind, s.skill AS code FROM worker.worker_skill s "
            + "WHERE s.worker_id IN (<ids>) "
            + "UNION ALL SELECT d.worker_id, 'D', d.district_code FROM worker.worker_district d WHERE d.worker_id IN (<ids>) "
            + "UNION ALL SELECT c.worker_id, 'C', c.type FROM worker.certificate c WHERE c.worker_id IN (<ids>) "
            + "AND (c.valid_until IS NULL OR c.valid_until >= :today)";

    private final Jdbi jdbi;
    private final int probeRows;

    @Autowired
    JdbiWorkerSearch(Jdbi jdbi) {
        this(jdbi, PROBE_ROWS);
    }

    JdbiWorkerSearch(Jdbi jdbi, int probeRows) {
        this.jdbi = jdbi;
        this.probeRows = probeRows;
    }

    /**
     * A page in two steps. First the {@value #PROBE_ROWS} best workers in the requested order are read
     * straight from that order's index and filtered: a broad search finds its page there at once. If they
     * hold too few matches the search is selective, and every match is found first, through whatever
     * suits the filters best, and then sorted. A single statement would leave the choice to the planner,
     * which cannot know that, say, maternity nurses sit at the dear end of the price order and may walk
     * the whole index looking for the cheap ones.
     */
    @Override
    public Page<Listing> page(Criteria criteria, Sort sort, PageRequest page, int countLimit) {
        String order = ORDER.get(sort);
        if (order == null) {
            throw new IllegalArgumentException("the index does not sort by " + sort);
        }
        Filter filter = filter(criteria);
        long window = Math.max(0, Math.min(page.size(), countLimit - page.offset()));
        return jdbi.withHandle(handle -> {
            List<Row> rows = List.of();
            Long counted = null;
            if (window > 0) {
                rows = handle.createQuery("SELECT " + LISTING_COLUMNS + " FROM (SELECT " + SEARCH_COLUMNS
                                + " FROM worker.worker w ORDER BY " + order + " LIMIT :probe) w WHERE " + filter.sql()
                                + " ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                        .bindMap(filter.parameters())
                        .bind("probe", probeRows)
                        .bind("limit", window)
                        .bind("offset", page.offset())
                        .map((rs, ctx) -> row(rs))
                        .list();
                if (rows.size() < window) {
                    // Every match is at hand here, so the same statement counts them.
                    List<Counted> all = handle.createQuery("SELECT " + LISTING_COLUMNS + ", COUNT(*) OVER () AS matches FROM ("
                                    + matches(filter, LISTING_COLUMNS) + ") w ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                            .bindMap(filter.parameters())
                            .bind("limit", window)
                            .bind("offset", page.offset())
                            .map((rs, ctx) -> new Counted(row(rs), rs.getLong("matches")))
                            .list();
                    rows = all.stream().map(Counted::row).toList();
                    counted = all.isEmpty() ? null : Math.min(all.getFirst().matches(), countLimit);
                }
            }
            long total;
            if (counted != null) {
                total = counted;
            } else if (rows.size() < window && page.offset() == 0) {
                total = rows.size();
            } else {
                total = handle.createQuery("SELECT COUNT(*) FROM (SELECT 1 AS one FROM ("
                                + matches(filter, "w.account_id") + ") m LIMIT :countLimit) counted")
                        .bindMap(filter.parameters())
                        .bind("countLimit", countLimit)
                        .mapTo(Long.class)
                        .one();
            }
            return Page.of(withAttributes(handle, rows, criteria.today()), page, total);
        });
    }

    /**
     * Every match, as a subquery no outer ORDER BY or LIMIT reaches into: with OFFSET 0 neither database
     * merges it into the outer query, so its plan is chosen for finding all matches, not the first few.
     */
    private static String matches(Filter filter, String columns) {
        return "SELECT " + columns + " FROM worker.worker w WHERE " + filter.sql() + " OFFSET 0";
    }

    @Override
    public List<Candidate> candidatesInBox(Criteria criteria, Box box) {
        Filter filter = filter(criteria);
        return jdbi.withHandle(handle -> handle.createQuery("SELECT w.account_id, w.home_latitude, w.home_longitude, "
                        + "w.rating_tenths, w.rating_count, w.experience_years, w.hourly_rate_fen "
                        + "FROM worker.worker w WHERE " + filter.sql() + IN_BOX)
                .bindMap(filter.parameters())
                .bind("minLat", box.minLatitude())
                .bind("maxLat", box.maxLatitude())
                .bind("minLng", box.minLongitude())
                .bind("maxLng", box.maxLongitude())
                .map((rs, ctx) -> new Candidate(rs.getObject("account_id", UUID.class),
                        new GeoPoint(rs.getDouble("home_latitude"), rs.getDouble("home_longitude")),
                        rs.getInt("rating_tenths"), rs.getInt("rating_count"), rs.getInt("experience_years"),
                        rs.getObject("hourly_rate_fen", Long.class)))
                .list());
    }

    @Override
    public List<Listing> listings(List<UUID> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(handle -> {
            List<Row> rows = handle.createQuery("SELECT " + LISTING_COLUMNS + " FROM worker.worker w WHERE w.account_id IN (<ids>)")
                    .bindList("ids", ids)
                    .map((rs, ctx) -> row(rs))
                    .list();
            return withAttributes(handle, rows, today);
        });
    }

    /** The search condition and its parameters; only fixed fragments are ever appended. */
    private static Filter filter(Criteria c) {
        StringBuilder sql = new StringBuilder(SEARCHABLE);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("now", c.now());
        if (c.nameFragment() != null) {
            parameters.put("namePattern", "%" + escapeLike(c.nameFragment()) + "%");
            if (c.spellingFragment() != null) {
                sql.append(NAME_OR_SPELLING);
                parameters.put("spellingPattern", "%" + c.spellingFragment() + "%");
                parameters.put("initialsPattern", c.spellingFragment() + "%");
            } else {
                sql.append(NAME_ONLY);
            }
        }
        if (c.skill() != null) {
            sql.append(SKILL);
            parameters.put("skill", c.skill().name());
        }
        if (c.districtCode() != null) {
            sql.append(DISTRICT);
            parameters.put("district", c.districtCode());
        }
        if (!c.certificates().isEmpty()) {
            for (CertificateType type : EnumSet.copyOf(c.certificates())) {
                sql.append(CERTIFICATE.replace("#", Integer.toString(type.ordinal())));
                parameters.put("certificate" + type.ordinal(), type.name());
            }
            parameters.put("today", c.today());
        }
        if (c.minRatingTenths() != null) {
            sql.append(MIN_RATING);
            parameters.put("minRating", c.minRatingTenths());
        }
        if (c.experience() != null) {
            sql.append(MIN_YEARS);
            parameters.put("minYears", c.experience().minYears());
            c.experience().maxYearsExclusive().ifPresent(max -> {
                sql.append(MAX_YEARS);
                parameters.put("maxYears", max);
            });
        }
        if (c.gender() != null) {
            sql.append(GENDER);
            parameters.put("gender", c.gender().name());
        }
        if (c.minPriceFen() != null) {
            sql.append(MIN_PRICE);
            parameters.put("minPrice", c.minPriceFen());
        }
        if (c.maxPriceFen() != null) {
            sql.append(MAX_PRICE);
            parameters.put("maxPrice", c.maxPriceFen());
        }
        return new Filter(sql.toString(), parameters);
    }

    /** LIKE treats % and _ as wildcards; with ESCAPE '!' they, and ! itself, match literally. */
    static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    private static List<Listing> withAttributes(Handle handle, List<Row> rows, LocalDate today) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = rows.stream().map(Row::accountId).toList();
        Map<UUID, Set<Skill>> skills = new HashMap<>();
        Map<UUID, Set<String>> districts = new HashMap<>();
        Map<UUID, Set<CertificateType>> certificates = new HashMap<>();
        handle.createQuery(ATTRIBUTES)
                .bindList("ids", ids)
                .bind("today", today)
                .map((rs, ctx) -> new Attribute(rs.getObject("worker_id", UUID.class), rs.getString("kind"), rs.getString("code")))
                .forEach(a -> {
                    switch (a.kind()) {
                        case "S" -> known(Skill.class, a.code())
                                .ifPresent(s -> skills.computeIfAbsent(a.workerId(), k -> new HashSet<>()).add(s));
                        case "D" -> districts.computeIfAbsent(a.workerId(), k -> new HashSet<>()).add(a.code());
                        default -> known(CertificateType.class, a.code())
                                .ifPresent(t -> certificates.computeIfAbsent(a.workerId(), k -> new HashSet<>()).add(t));
                    }
                });
        List<Listing> listings = new ArrayList<>(rows.size());
        for (Row r : rows) {
            listings.add(new Listing(r.accountId(), r.realName(), r.gender(), r.birthYear(), r.experienceYears(),
                    r.ratingTenths(), r.ratingCount(), r.completedOrders(), r.hourlyRateFen(), r.languages(),
                    r.introduction(), r.home(), skills.getOrDefault(r.accountId(), Set.of()),
                    districts.getOrDefault(r.accountId(), Set.of()), certificates.getOrDefault(r.accountId(), Set.of())));
        }
        return listings;
    }

    /** A code written by a newer version of the platform is skipped rather than failing the search. */
    private static <E extends Enum<E>> Optional<E> known(Class<E> type, String code) {
        try {
            return Optional.of(Enum.valueOf(type, code.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        String gender = rs.getString("gender");
        Double latitude = rs.getObject("home_latitude", Double.class);
        Double longitude = rs.getObject("home_longitude", Double.class);
        return new Row(rs.getObject("account_id", UUID.class), rs.getString("real_name"),
                gender == null ? null : Gender.valueOf(gender), rs.getObject("birth_year", Integer.class),
                rs.getInt("experience_years"), rs.getInt("rating_tenths"), rs.getInt("rating_count"),
                rs.getInt("completed_orders"), rs.getObject("hourly_rate_fen", Long.class), rs.getString("languages"),
                rs.getString("introduction"),
                latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude));
    }

    private record Filter(String sql, Map<String, Object> parameters) {
    }

    private record Row(UUID accountId, String realName, Gender gender, Integer birthYear, int experienceYears,
                       int ratingTenths, int ratingCount, int completedOrders, Long hourlyRateFen, String languages,
                       String introduction, GeoPoint home) {
    }

    private record Counted(Row row, long matches) {
    }

    private record Attribute(UUID workerId, String kind, String code) {
    }
}
