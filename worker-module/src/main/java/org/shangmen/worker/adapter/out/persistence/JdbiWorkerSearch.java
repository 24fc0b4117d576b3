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
import java.util.Objects;
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
import org.springframework.stereotype.Repository;

/**
 * Worker search in SQL that runs the same on PostgreSQL and H2, over {@code worker.search_entry}: one row per
 * searchable worker per skill and district, and rows for "any skill" ({@code ''}) and "any district"
 * ({@code ''}). Every search reads one such slice, named by equalities on the leading columns of each index
 * ({@link #SLICE}), and within it the order's index, so both databases walk a first page straight off the
 * index. The WHERE clause is put together from the fixed fragments below; whatever the caller typed
 * travels only as bound parameters. A page costs at most four statements whatever its size: the page, the
 * count when the page does not settle it, and the profiles of the page's workers with their skills,
 * districts and certificates in two.
 */
@Repository
class JdbiWorkerSearch implements WorkerSearchIndex {

    private static final String LISTING_COLUMNS = "w.account_id, w.real_name, w.gender, w.birth_year, "
            + "w.experience_years, w.rating_tenths, w.rating_count, w.completed_orders, w.hourly_rate_fen, "
            + "w.languages, w.introduction, w.home_latitude, w.home_longitude, "
            + "(SELECT d.storage_key FROM worker.document d WHERE d.id = w.photo_document_id) AS photo_key";

    /** The columns the orders read. */
    private static final String MATCH_COLUMNS = "e.worker_id, e.experience_years, e.rating_tenths, e.rating_count, e.hourly_rate_fen";
    /** The rows of one skill (or '' for any) in one district (or '' for any). */
    private static final String SLICE = "e.skill = :skillKey AND e.district_code = :districtKey";
    /** Only searchable workers have rows; those suspended are found once the suspension is over. */
    private static final String SEARCHABLE = " AND (e.visible_from IS NULL OR e.visible_from <= :now)";
    private static final String NAME_OR_SPELLING = " AND (e.real_name LIKE :namePattern ESCAPE '!' "
            + "OR e.name_pinyin LIKE :spellingPattern OR e.name_initials LIKE :initialsPattern)";
    private static final String NAME_ONLY = " AND e.real_name LIKE :namePattern ESCAPE '!'";
    /** One per required certificate type; {@code #} is replaced by the type's column. */
    private static final String CERTIFICATE = " AND e.# >= :today";
    private static final String MIN_RATING = " AND e.rating_tenths >= :minRating";
    /** W4.2 a valid skill badge. */
    private static final String BADGE = " AND EXISTS (SELECT 1 FROM worker.worker_badge b WHERE b.worker_id = e.worker_id "
            + "AND b.code = :badge AND b.valid_until >= :today)";
    private static final String MIN_YEARS = " AND e.experience_years >= :minYears";
    private static final String MAX_YEARS = " AND e.experience_years < :maxYears";
    private static final String GENDER = " AND e.gender = :gender";
    private static final String MIN_PRICE = " AND e.hourly_rate_fen >= :minPrice";
    private static final String MAX_PRICE = " AND e.hourly_rate_fen <= :maxPrice";
    /** One strip of a bounding box; {@code #} is replaced by the strip's number. */
    private static final String IN_BAND = " AND e.home_band = :band# AND e.home_longitude BETWEEN :minLng# AND :maxLng# "
            + "AND e.home_latitude BETWEEN :minLat AND :maxLat";

    private static final String THEN_BY_RATING = "e.rating_tenths DESC, e.rating_count DESC, e.worker_id";
    private static final Map<Sort, String> ORDER = Map.of(
            Sort.RATING, THEN_BY_RATING,
            Sort.EXPERIENCE, "e.experience_years DESC, " + THEN_BY_RATING,
            Sort.PRICE_ASC, "e.hourly_rate_fen ASC NULLS LAST, " + THEN_BY_RATING,
            Sort.PRICE_DESC, "e.hourly_rate_fen DESC NULLS LAST, " + THEN_BY_RATING);
    /**
     * Put before each order: the slice fixes these columns, so they change nothing, but with them the order is,
     * column for column, that of one index, and H2 too reads the index in order instead of sorting.
     */
    private static final String SLICE_ORDER = "e.skill, e.district_code, ";

    /** Skills, districts and the certificates valid today of a page of workers, in one statement. */
    private static final String ATTRIBUTES = "SELECT s.worker_id, 'S' AS kind, s.skill AS code FROM worker.worker_skill s "
            + "WHERE s.worker_id IN (<ids>) "
            + "UNION ALL SELECT d.worker_id, 'D', d.district_code FROM worker.worker_district d WHERE d.worker_id IN (<ids>) "
            + "UNION ALL SELECT c.worker_id, 'C', c.type FROM worker.certificate c WHERE c.worker_id IN (<ids>) "
            + "AND (c.valid_until IS NULL OR c.valid_until >= :today)";

    private final Jdbi jdbi;

    JdbiWorkerSearch(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * A page straight off the order's index: the statement names the slice's columns first in its ORDER BY,
     * so the order is, column for column, that of one index, and both databases read the slice in that order
     * and stop as soon as the page is full. H2 does so only for a query at the top level, not inside a
     * subquery, and only with the index's own order. A page that comes out short has seen every match, so
     * the first page then counts itself; otherwise the matches are counted up to {@code countLimit}. A search
     * by name finds its matches first, up to one more than are counted, and sorts them instead (a subquery
     * with a LIMIT, which neither database merges into the outer query); a name that more match than that is
     * common, and its page is read off the order's index like any other.
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
            List<UUID> found = List.of();
            Long counted = null;
            boolean walk = window > 0;
            if (window > 0 && criteria.nameFragment() != null) {
                // Most names are selective: walking the slice in order would read all of it looking for a few,
                // so the matches are found first, in whatever way suits, and then sorted and counted together.
                // Up to one more than are counted: when that many match, the name is common (a surname, a
                // syllable), the matches are dense in the slice and the walk in order finds the page soon.
                List<Map.Entry<UUID, Long>> all = handle.createQuery("SELECT e.worker_id, COUNT(*) OVER () AS matches FROM "
                                + "(SELECT " + MATCH_COLUMNS + " FROM worker.search_entry e WHERE " + SLICE + filter.sql()
                                + " LIMIT :beyondCounted) e ORDER BY " + order + " LIMIT :limit OFFSET :offset")
                        .bindMap(filter.parameters())
                        .bind("beyondCounted", countLimit + 1)
                        .bind("limit", window)
                        .bind("offset", page.offset())
                        .map((rs, ctx) -> Map.entry(rs.getObject("worker_id", UUID.class), rs.getLong("matches")))
                        .list();
                if (all.isEmpty() || all.getFirst().getValue() <= countLimit) {
                    walk = false;
                    found = all.stream().map(Map.Entry::getKey).toList();
                    counted = all.isEmpty() ? null : all.getFirst().getValue();
                } else {
                    counted = (long) countLimit;
                }
            }
            if (walk) {
                found = handle.createQuery("SELECT e.worker_id FROM worker.search_entry e WHERE " + SLICE + filter.sql()
                                + " ORDER BY " + SLICE_ORDER + order + " LIMIT :limit OFFSET :offset")
                        .bindMap(filter.parameters())
                        .bind("limit", window)
                        .bind("offset", page.offset())
                        .mapTo(UUID.class)
                        .list();
            }
            long total;
            if (counted != null) {
                total = counted;
            } else if (found.size() < window && page.offset() == 0) {
                total = found.size();
            } else {
                total = handle.createQuery("SELECT COUNT(*) FROM (SELECT 1 AS one FROM worker.search_entry e WHERE "
                                + SLICE + filter.sql() + " LIMIT :countLimit) counted")
                        .bindMap(filter.parameters())
                        .bind("countLimit", countLimit)
                        .mapTo(Long.class)
                        .one();
            }
            Map<UUID, Listing> listed = new HashMap<>();
            listings(handle, found, criteria.today()).forEach(l -> listed.put(l.accountId(), l));
            List<Listing> inOrder = found.stream().map(listed::get).filter(Objects::nonNull).toList();
            return Page.of(inOrder, page, total);
        });
    }

    /**
     * The box is read strip by strip ({@code home_band}), each strip as one range of its index: a range over
     * latitude alone would read every worker in the box's latitudes across the whole city. Each strip reads
     * only the longitudes where the box's circle crosses it, which leaves out most of the box's corners.
     */
    @Override
    public List<Candidate> candidatesInBox(Criteria criteria, Box box) {
        Filter filter = filter(criteria);
        int firstBand = band(box.minLatitude());
        int lastBand = band(box.maxLatitude());
        StringBuilder sql = new StringBuilder();
        for (int band = firstBand; band <= lastBand; band++) {
            if (band > firstBand) {
                sql.append(" UNION ALL ");
            }
            sql.append("SELECT e.worker_id, e.home_latitude, e.home_longitude, e.rating_tenths, e.rating_count, "
                            + "e.experience_years, e.hourly_rate_fen FROM worker.search_entry e WHERE ")
                    .append(SLICE).append(IN_BAND.replace("#", Integer.toString(band - firstBand))).append(filter.sql());
        }
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery(sql.toString())
                    .bindMap(filter.parameters())
                    .bind("minLat", box.minLatitude())
                    .bind("maxLat", box.maxLatitude());
            for (int band = firstBand; band <= lastBand; band++) {
                double[] longitudes = box.longitudesBetween(band / 100.0, (band + 1) / 100.0);
                query.bind("band" + (band - firstBand), band)
                        .bind("minLng" + (band - firstBand), longitudes[0])
                        .bind("maxLng" + (band - firstBand), longitudes[1]);
            }
            return query.map((rs, ctx) -> new Candidate(rs.getObject("worker_id", UUID.class),
                            new GeoPoint(rs.getDouble("home_latitude"), rs.getDouble("home_longitude")),
                            rs.getInt("rating_tenths"), rs.getInt("rating_count"), rs.getInt("experience_years"),
                            rs.getObject("hourly_rate_fen", Long.class)))
                    .list();
        });
    }

    /** The strip a latitude lies in, computed as the database computes {@code home_band}. */
    static int band(double latitude) {
        return (int) Math.floor(latitude * 100);
    }

    @Override
    public List<Listing> listings(List<UUID> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbi.withHandle(handle -> listings(handle, ids, today));
    }

    private static List<Listing> listings(Handle handle, List<UUID> ids, LocalDate today) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Row> rows = handle.createQuery("SELECT " + LISTING_COLUMNS + " FROM worker.worker w WHERE w.account_id IN (<ids>)")
                .bindList("ids", ids)
                .map((rs, ctx) -> row(rs))
                .list();
        return withAttributes(handle, rows, today);
    }

    /** The search condition and its parameters; only fixed fragments are ever appended. */
    private static Filter filter(Criteria c) {
        StringBuilder sql = new StringBuilder(SEARCHABLE);
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("skillKey", c.skill() == null ? "" : c.skill().name());
        parameters.put("districtKey", c.districtCode() == null ? "" : c.districtCode());
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
        if (!c.certificates().isEmpty()) {
            for (CertificateType type : EnumSet.copyOf(c.certificates())) {
                sql.append(CERTIFICATE.replace("#", SearchEntries.untilColumn(type)));
            }
            parameters.put("today", c.today());
        }
        if (c.badge() != null) {
            sql.append(BADGE);
            parameters.put("badge", c.badge());
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
                    districts.getOrDefault(r.accountId(), Set.of()), certificates.getOrDefault(r.accountId(), Set.of()),
                    r.photoKey()));
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
                latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude), rs.getString("photo_key"));
    }

    private record Filter(String sql, Map<String, Object> parameters) {
    }

    private record Row(UUID accountId, String realName, Gender gender, Integer birthYear, int experienceYears,
                       int ratingTenths, int ratingCount, int completedOrders, Long hourlyRateFen, String languages,
                       String introduction, GeoPoint home, String photoKey) {
    }

    private record Attribute(UUID workerId, String kind, String code) {
    }
}
