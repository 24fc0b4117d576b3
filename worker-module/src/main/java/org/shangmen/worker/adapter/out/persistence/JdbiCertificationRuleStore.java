package org.shangmen.worker.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.RegionCode;
import org.shangmen.worker.api.CertificateType;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.application.port.out.CertificationRuleStore;
import org.shangmen.worker.domain.CertificationRule;
import org.shangmen.worker.domain.MissingItem;
import org.springframework.stereotype.Repository;

@Repository
class JdbiCertificationRuleStore implements CertificationRuleStore {

    private static final String RULE = "SELECT id, skill, version, required_documents, optional_documents, min_valid_certificates, "
            + "min_age, min_experience_years, allowed_regions, face_check, background_check_required, interview_required, grace_days, "
            + "note, effective_from, created_by, created_at FROM worker.certification_rule ";
    private static final String ITEM = "SELECT id, worker_id, skill, rule_version, item, due_at, state, created_at, supplied_at, "
            + "resolved_at, resolved_by FROM worker.missing_item ";

    private final Jdbi jdbi;

    JdbiCertificationRuleStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<CertificationRule> versions(Skill skill) {
        return jdbi.withHandle(h -> h.createQuery(RULE + "WHERE skill = :skill ORDER BY version DESC").bind("skill", skill.name())
                .map((rs, ctx) -> rule(rs)).list());
    }

    @Override
    public Optional<CertificationRule> inForce(Skill skill, Instant at) {
        return jdbi.withHandle(h -> h.createQuery(RULE + "WHERE skill = :skill AND effective_from <= :at ORDER BY effective_from DESC, version DESC "
                        + "FETCH FIRST 1 ROWS ONLY").bind("skill", skill.name()).bind("at", at)
                .map((rs, ctx) -> rule(rs)).findOne());
    }

    @Override
    public Optional<CertificationRule> latest(Skill skill) {
        return jdbi.withHandle(h -> h.createQuery(RULE + "WHERE skill = :skill ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")
                .bind("skill", skill.name()).map((rs, ctx) -> rule(rs)).findOne());
    }

    @Override
    public boolean insert(CertificationRule r) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO worker.certification_rule (id, skill, version, required_documents, "
                        + "optional_documents, min_valid_certificates, min_age, min_experience_years, allowed_regions, face_check, "
                        + "background_check_required, interview_required, grace_days, note, effective_from, created_by, created_at) "
                        + "VALUES (:id, :skill, :version, :required, :optional, :minCerts, :minAge, :minExp, :regions, :face, :background, "
                        + ":interview, :grace, :note, :from, :by, :at) ON CONFLICT DO NOTHING")
                .bind("id", r.id()).bind("skill", r.skill().name()).bind("version", r.version())
                .bind("required", codes(r.requiredDocuments())).bind("optional", codes(r.optionalDocuments()))
                .bind("minCerts", r.minValidCertificates()).bind("minAge", r.minAge().orElse(null)).bind("minExp", r.minExperienceYears())
                .bind("regions", r.allowedRegions().stream().map(RegionCode::value).sorted().collect(Collectors.joining(",")))
                .bind("face", r.faceCheck().name()).bind("background", r.backgroundCheckRequired()).bind("interview", r.interviewRequired())
                .bind("grace", r.graceDays()).bind("note", r.note()).bind("from", r.effectiveFrom()).bind("by", r.createdBy().orElse(null))
                .bind("at", r.createdAt()).execute() == 1);
    }

    @Override
    public void snapshot(UUID workerId, Map<Skill, UUID> ruleIds, Instant submittedAt) {
        jdbi.useHandle(h -> {
            h.createUpdate("DELETE FROM worker.submission_rule WHERE worker_id = :w").bind("w", workerId).execute();
            var batch = h.prepareBatch("INSERT INTO worker.submission_rule (worker_id, skill, rule_id, submitted_at) "
                    + "VALUES (:w, :skill, :rule, :at)");
            ruleIds.forEach((skill, rule) -> batch.bind("w", workerId).bind("skill", skill.name()).bind("rule", rule)
                    .bind("at", submittedAt).add());
            if (!ruleIds.isEmpty()) {
                batch.execute();
            }
        });
    }

    @Override
    public Map<Skill, CertificationRule> snapshotRules(UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery(RULE + "WHERE id IN (SELECT rule_id FROM worker.submission_rule WHERE worker_id = :w)")
                .bind("w", workerId).map((rs, ctx) -> rule(rs))
                .collect(Collectors.toMap(CertificationRule::skill, r -> r, (a, b) -> a, () -> new EnumMap<>(Skill.class))));
    }

    @Override
    public List<UUID> approvedWithSkill(Skill skill) {
        return jdbi.withHandle(h -> h.createQuery("SELECT w.account_id FROM worker.worker w JOIN worker.worker_skill s "
                        + "ON s.worker_id = w.account_id AND s.skill = :skill WHERE w.certification = 'APPROVED' ORDER BY w.account_id")
                .bind("skill", skill.name()).mapTo(UUID.class).list());
    }

    @Override
    public void insertItems(Collection<MissingItem> items) {
        if (items.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> {
            var batch = h.prepareBatch("INSERT INTO worker.missing_item (id, worker_id, skill, rule_version, item, due_at, state, created_at) "
                    + "VALUES (:id, :w, :skill, :version, :item, :due, :state, :at)");
            items.forEach(i -> batch.bind("id", i.id()).bind("w", i.workerId()).bind("skill", i.skill().name())
                    .bind("version", i.ruleVersion()).bind("item", i.item()).bind("due", i.dueAt()).bind("state", i.state().name())
                    .bind("at", i.createdAt()).add());
            batch.execute();
        });
    }

    @Override
    public List<MissingItem> pendingItems(UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery(ITEM + "WHERE worker_id = :w AND state <> 'RESOLVED' ORDER BY due_at, id")
                .bind("w", workerId).map((rs, ctx) -> item(rs)).list());
    }

    @Override
    public List<MissingItem> items(UUID workerId, int limit, long offset) {
        return jdbi.withHandle(h -> h.createQuery(ITEM + "WHERE worker_id = :w ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .bind("w", workerId).bind("limit", limit).bind("offset", offset).map((rs, ctx) -> item(rs)).list());
    }

    @Override
    public long itemCount(UUID workerId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM worker.missing_item WHERE worker_id = :w")
                .bind("w", workerId).mapTo(Long.class).one());
    }

    @Override
    public void markSupplied(UUID workerId, Instant at, Collection<UUID> itemIds) {
        if (itemIds.isEmpty()) {
            return;
        }
        jdbi.useHandle(h -> h.createUpdate("UPDATE worker.missing_item SET state = 'SUPPLIED', supplied_at = :at "
                        + "WHERE worker_id = :w AND state = 'OPEN' AND id IN (<ids>)")
                .bind("at", at).bind("w", workerId).bindList("ids", List.copyOf(itemIds)).execute());
    }

    @Override
    public int resolveSupplied(UUID workerId, UUID operatorId, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE worker.missing_item SET state = 'RESOLVED', resolved_at = :at, resolved_by = :by "
                        + "WHERE worker_id = :w AND state = 'SUPPLIED'")
                .bind("at", at).bind("by", operatorId).bind("w", workerId).execute());
    }

    @Override
    public Set<String> recordedSteps(UUID workerId) {
        return jdbi.withHandle(h -> new HashSet<>(h.createQuery("SELECT DISTINCT step FROM worker.verification_step WHERE worker_id = :w")
                .bind("w", workerId).mapTo(String.class).list()));
    }

    @Override
    public void recordStep(UUID workerId, String step, String reference, UUID operatorId, Instant at) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO worker.verification_step (id, worker_id, step, reference, recorded_by, recorded_at) "
                        + "VALUES (:id, :w, :step, :ref, :by, :at)")
                .bind("id", Ids.newId()).bind("w", workerId).bind("step", step).bind("ref", reference).bind("by", operatorId)
                .bind("at", at).execute());
    }

    private static String codes(Set<CertificateType> types) {
        return types.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    private static Set<CertificateType> types(String codes) {
        return codes == null || codes.isEmpty() ? Set.of()
                : Arrays.stream(codes.split(",")).map(CertificateType::valueOf).collect(Collectors.toSet());
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }

    private static CertificationRule rule(ResultSet rs) throws SQLException {
        String regions = rs.getString("allowed_regions");
        return new CertificationRule(rs.getObject("id", UUID.class), Skill.valueOf(rs.getString("skill")), rs.getInt("version"),
                types(rs.getString("required_documents")), types(rs.getString("optional_documents")), rs.getInt("min_valid_certificates"),
                Optional.ofNullable(rs.getObject("min_age", Integer.class)), rs.getInt("min_experience_years"),
                regions == null || regions.isEmpty() ? Set.of() : Arrays.stream(regions.split(",")).map(RegionCode::of).collect(Collectors.toSet()),
                CertificationRule.FaceCheckRule.valueOf(rs.getString("face_check")), rs.getBoolean("background_check_required"),
                rs.getBoolean("interview_required"), rs.getInt("grace_days"), rs.getString("note"), instant(rs, "effective_from").orElseThrow(),
                Optional.ofNullable(rs.getObject("created_by", UUID.class)), instant(rs, "created_at").orElseThrow());
    }

    private static MissingItem item(ResultSet rs) throws SQLException {
        return new MissingItem(rs.getObject("id", UUID.class), rs.getObject("worker_id", UUID.class), Skill.valueOf(rs.getString("skill")),
                rs.getInt("rule_version"), rs.getString("item"), instant(rs, "due_at").orElseThrow(),
                MissingItem.State.valueOf(rs.getString("state")), instant(rs, "created_at").orElseThrow(), instant(rs, "supplied_at"),
                instant(rs, "resolved_at"), Optional.ofNullable(rs.getObject("resolved_by", UUID.class)));
    }
}
