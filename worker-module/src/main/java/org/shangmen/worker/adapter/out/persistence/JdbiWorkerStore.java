package org.shangmen.worker.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.kernel.FieldCipher;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.Money;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.application.port.out.WorkerStore;
import org.shangmen.worker.domain.BookingStanding;
import org.shangmen.worker.domain.Certification;
import org.shangmen.worker.domain.Gender;
import org.shangmen.worker.domain.IdCardNumber;
import org.shangmen.worker.domain.NameSpelling;
import org.shangmen.worker.domain.Profile;
import org.shangmen.worker.domain.Standing;
import org.shangmen.worker.domain.WorkState;
import org.shangmen.worker.domain.Worker;
import org.springframework.stereotype.Repository;

/** Workers in {@code worker.worker} with their skills and districts; the ID number encrypted. */
@Repository
class JdbiWorkerStore implements WorkerStore {

    private static final String COLUMNS = "account_id, certification, standing, suspended_until, real_name, gender, birth_year, "
            + "id_number_cipher, photo_document_id, experience_years, former_employers, hourly_rate_fen, languages, introduction, "
            + "home_latitude, home_longitude, service_radius_m, face_consent_at, face_verified_at, face_score, work_state, "
            + "rejection_reason, submitted_at, approved_at, created_at";

    private final Jdbi jdbi;
    private final FieldCipher cipher;
    private final Clock clock;

    JdbiWorkerStore(Jdbi jdbi, FieldCipher cipher, Clock clock) {
        this.jdbi = jdbi;
        this.cipher = cipher;
        this.clock = clock;
    }

    @Override
    public boolean insert(Worker w) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO worker.worker (account_id, certification, standing, work_state, "
                        + "created_at, updated_at) VALUES (:id, :certification, :standing, :workState, :createdAt, :createdAt) "
                        + "ON CONFLICT DO NOTHING")
                .bind("id", w.accountId()).bind("certification", w.certification().name()).bind("standing", w.standing().name())
                .bind("workState", w.workState().name()).bind("createdAt", w.createdAt())
                .execute()) == 1;
    }

    @Override
    public boolean update(Worker w) {
        Profile p = w.profile();
        String idHash = p.idNumber().map(id -> cipher.lookupHash("id-card:" + id.value())).orElse(null);
        return jdbi.withHandle(h -> {
            if (idHash != null && h.createQuery("SELECT COUNT(*) FROM worker.worker WHERE id_number_hash = :hash AND account_id <> :id")
                    .bind("hash", idHash).bind("id", w.accountId()).mapTo(Long.class).one() > 0) {
                return false;
            }
            NameSpelling spelling = p.realName().map(NameSpelling::of).orElse(new NameSpelling("", ""));
            Map<String, Object> v = new HashMap<>();
            v.put("id", w.accountId());
            v.put("certification", w.certification().name());
            v.put("standing", w.standing().name());
            v.put("suspendedUntil", utc(w.suspendedUntil()));
            v.put("realName", p.realName().orElse(null));
            v.put("pinyin", spelling.full());
            v.put("initials", spelling.initials());
            v.put("gender", p.gender().map(Enum::name).orElse(null));
            v.put("birthYear", p.birthYear().orElse(null));
            v.put("idCipher", p.idNumber().map(id -> cipher.encrypt(id.value())).orElse(null));
            v.put("idHash", idHash);
            v.put("photo", w.photoDocumentId().orElse(null));
            v.put("experience", p.experienceYears());
            v.put("employers", String.join("\n", p.formerEmployers()));
            v.put("rate", p.hourlyRate().map(Money::fen).orElse(null));
            v.put("languages", String.join(",", new java.util.TreeSet<>(p.languages())));
            v.put("introduction", p.introduction());
            v.put("lat", p.home().map(GeoPoint::latitude).orElse(null));
            v.put("lng", p.home().map(GeoPoint::longitude).orElse(null));
            v.put("radius", p.serviceRadiusMetres());
            v.put("consent", utc(w.faceConsentAt()));
            v.put("verified", utc(w.faceVerifiedAt()));
            v.put("score", w.faceScore().orElse(null));
            v.put("workState", w.workState().name());
            v.put("rejection", w.rejectionReason().orElse(null));
            v.put("submitted", utc(w.submittedAt()));
            v.put("approved", utc(w.approvedAt()));
            v.put("updated", clock.instant().atOffset(ZoneOffset.UTC));
            h.createUpdate("UPDATE worker.worker SET certification = :certification, standing = :standing, suspended_until = :suspendedUntil, "
                            + "real_name = :realName, name_pinyin = :pinyin, name_initials = :initials, gender = :gender, "
                            + "birth_year = :birthYear, id_number_cipher = :idCipher, id_number_hash = :idHash, photo_document_id = :photo, "
                            + "experience_years = :experience, former_employers = :employers, hourly_rate_fen = :rate, languages = :languages, "
                            + "introduction = :introduction, home_latitude = :lat, home_longitude = :lng, service_radius_m = :radius, "
                            + "face_consent_at = :consent, face_verified_at = :verified, face_score = :score, work_state = :workState, "
                            + "rejection_reason = :rejection, submitted_at = :submitted, approved_at = :approved, updated_at = :updated, "
                            + "version = version + 1 WHERE account_id = :id")
                    .bindMap(v).execute();
            replace(h, "worker.worker_skill", "skill", w.accountId(), p.skills().stream().map(Enum::name).collect(Collectors.toSet()));
            replace(h, "worker.worker_district", "district_code", w.accountId(),
                    p.districts().stream().map(RegionCode::value).collect(Collectors.toSet()));
            SearchEntries.refresh(h, w.accountId());
            return true;
        });
    }

    private static void replace(Handle h, String table, String column, UUID workerId, Set<String> values) {
        Set<String> stored = new HashSet<>(h.createQuery("SELECT " + column + " FROM " + table + " WHERE worker_id = :id")
                .bind("id", workerId).mapTo(String.class).list());
        if (stored.equals(values)) {
            return;
        }
        h.createUpdate("DELETE FROM " + table + " WHERE worker_id = :id").bind("id", workerId).execute();
        var batch = h.prepareBatch("INSERT INTO " + table + " (worker_id, " + column + ") VALUES (:id, :value)");
        for (String value : values) {
            batch.bind("id", workerId).bind("value", value).add();
        }
        if (!values.isEmpty()) {
            batch.execute();
        }
    }

    @Override
    public Optional<Worker> find(UUID accountId) {
        return load("SELECT " + COLUMNS + " FROM worker.worker WHERE account_id = :id", accountId);
    }

    @Override
    public Optional<Worker> findForUpdate(UUID accountId) {
        return load("SELECT " + COLUMNS + " FROM worker.worker WHERE account_id = :id FOR UPDATE", accountId);
    }

    @Override
    public boolean lock(UUID accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT account_id FROM worker.worker WHERE account_id = :id FOR UPDATE")
                .bind("id", accountId).mapTo(UUID.class).findOne()).isPresent();
    }

    @Override
    public Optional<BookingStanding> bookingStandingForUpdate(UUID accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT certification, standing, suspended_until, work_state FROM worker.worker "
                        + "WHERE account_id = :id FOR UPDATE")
                .bind("id", accountId)
                .map((rs, ctx) -> new BookingStanding(Certification.valueOf(rs.getString("certification")),
                        Standing.valueOf(rs.getString("standing")), instant(rs, "suspended_until"), WorkState.valueOf(rs.getString("work_state"))))
                .findOne());
    }

    private Optional<Worker> load(String sql, UUID id) {
        return jdbi.withHandle(h -> withSkillsAndDistricts(h, h.createQuery(sql).bind("id", id).map((rs, ctx) -> map(rs)).list()))
                .stream().findFirst();
    }

    /** Fills in skills and districts for a page of workers with two queries, whatever its size. */
    private static List<Worker> withSkillsAndDistricts(Handle h, List<Worker> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        List<UUID> ids = rows.stream().map(Worker::accountId).toList();
        Map<UUID, Set<Skill>> skills = new HashMap<>();
        h.createQuery("SELECT worker_id, skill FROM worker.worker_skill WHERE worker_id IN (<ids>)").bindList("ids", ids)
                .map((rs, ctx) -> skills.computeIfAbsent(rs.getObject("worker_id", UUID.class), k -> new HashSet<>())
                        .add(Skill.valueOf(rs.getString("skill")))).list();
        Map<UUID, Set<RegionCode>> districts = new HashMap<>();
        h.createQuery("SELECT worker_id, district_code FROM worker.worker_district WHERE worker_id IN (<ids>)").bindList("ids", ids)
                .map((rs, ctx) -> districts.computeIfAbsent(rs.getObject("worker_id", UUID.class), k -> new HashSet<>())
                        .add(RegionCode.of(rs.getString("district_code")))).list();
        return rows.stream().map(w -> {
            Profile p = w.profile();
            Profile full = new Profile(p.realName(), p.gender(), p.birthYear(), p.idNumber(), p.experienceYears(), p.formerEmployers(),
                    skills.getOrDefault(w.accountId(), Set.of()), districts.getOrDefault(w.accountId(), Set.of()), p.home(),
                    p.serviceRadiusMetres(), p.hourlyRate(), p.languages(), p.introduction());
            return new Worker(w.accountId(), w.certification(), w.standing(), w.suspendedUntil(), full, w.photoDocumentId(),
                    w.faceConsentAt(), w.faceVerifiedAt(), w.faceScore(), w.workState(), w.rejectionReason(), w.submittedAt(),
                    w.approvedAt(), w.createdAt());
        }).toList();
    }

    @Override
    public List<Worker> reviewQueue(int limit, long offset) {
        return jdbi.withHandle(h -> withSkillsAndDistricts(h, h.createQuery("SELECT " + COLUMNS + " FROM worker.worker WHERE certification = 'SUBMITTED' "
                        + "ORDER BY submitted_at, account_id LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset).map((rs, ctx) -> map(rs)).list()));
    }

    @Override
    public long reviewQueueSize() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM worker.worker WHERE certification = 'SUBMITTED'")
                .mapTo(Long.class).one());
    }

    @Override
    public Statistics statistics(UUID accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT rating_tenths, rating_count, completed_orders, complaint_count "
                        + "FROM worker.worker WHERE account_id = :id")
                .bind("id", accountId)
                .map((rs, ctx) -> new Statistics(rs.getInt("rating_tenths"), rs.getInt("rating_count"), rs.getInt("completed_orders"),
                        rs.getInt("complaint_count")))
                .findOne().orElse(new Statistics(0, 0, 0, 0)));
    }

    @Override
    public List<UUID> eligible(String skill, String districtCode, Set<String> requiredCertificates, Instant now, LocalDate today) {
        List<EligibleWorkers.Need> needs = List.of(new EligibleWorkers.Need(skill, requiredCertificates));
        return jdbi.withHandle(h -> EligibleWorkers.bind(h.createQuery(EligibleWorkers.select(needs) + " ORDER BY w.account_id"),
                needs, districtCode, now, today).mapTo(UUID.class).list());
    }

    @Override
    public Map<UUID, ZoneId> zones(Collection<UUID> workerIds) {
        if (workerIds.isEmpty()) {
            return Map.of();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT account_id, time_zone FROM worker.worker WHERE account_id IN (<ids>)")
                .bindList("ids", List.copyOf(workerIds))
                .map((rs, ctx) -> Map.entry(rs.getObject("account_id", UUID.class), ZoneId.of(rs.getString("time_zone"))))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    private Worker map(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("account_id", UUID.class);
        Set<Skill> skills = Set.of();
        Set<RegionCode> districts = Set.of();
        String employers = rs.getString("former_employers");
        String languages = rs.getString("languages");
        Double lat = (Double) rs.getObject("home_latitude", Double.class);
        Double lng = (Double) rs.getObject("home_longitude", Double.class);
        Long rate = rs.getObject("hourly_rate_fen", Long.class);
        Integer birthYear = rs.getObject("birth_year", Integer.class);
        Integer score = rs.getObject("face_score", Integer.class);
        String idCipher = rs.getString("id_number_cipher");
        Profile profile = new Profile(Optional.ofNullable(rs.getString("real_name")),
                Optional.ofNullable(rs.getString("gender")).map(Gender::valueOf), Optional.ofNullable(birthYear),
                Optional.ofNullable(idCipher).map(cipher::decrypt).map(IdCardNumber::new), rs.getInt("experience_years"),
                employers == null || employers.isEmpty() ? List.of() : Arrays.asList(employers.split("\n")), skills, districts,
                lat == null || lng == null ? Optional.empty() : Optional.of(new GeoPoint(lat, lng)), rs.getInt("service_radius_m"),
                Optional.ofNullable(rate).map(Money::ofFen),
                languages == null || languages.isEmpty() ? Set.of() : Set.of(languages.split(",")),
                rs.getString("introduction"));
        return new Worker(id, Certification.valueOf(rs.getString("certification")), Standing.valueOf(rs.getString("standing")),
                instant(rs, "suspended_until"), profile, Optional.ofNullable(rs.getObject("photo_document_id", UUID.class)),
                instant(rs, "face_consent_at"), instant(rs, "face_verified_at"), Optional.ofNullable(score),
                WorkState.valueOf(rs.getString("work_state")), Optional.ofNullable(rs.getString("rejection_reason")),
                instant(rs, "submitted_at"), instant(rs, "approved_at"), instant(rs, "created_at").orElseThrow());
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static OffsetDateTime utc(Optional<Instant> instant) {
        return instant.map(i -> i.atOffset(ZoneOffset.UTC)).orElse(null);
    }
}
