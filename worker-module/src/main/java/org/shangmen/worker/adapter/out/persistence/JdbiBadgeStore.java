package org.shangmen.worker.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.worker.api.WorkerBadges.Badge;
import org.shangmen.worker.api.WorkerBadges.Requirement;
import org.shangmen.worker.application.port.out.BadgeStore;
import org.springframework.stereotype.Repository;

/** Badges in {@code worker.worker_badge}, requirements in {@code worker.skill_badge_requirement} and,
 * per tier of work, {@code worker.tier_badge_requirement}. */
@Repository
class JdbiBadgeStore implements BadgeStore {

    private final Jdbi jdbi;

    JdbiBadgeStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void grant(UUID workerId, Badge badge, Instant at) {
        jdbi.useHandle(h -> {
            int updated = h.createUpdate("UPDATE worker.worker_badge SET label = :label, valid_until = :until, "
                            + "certificate_number = :number, granted_at = :at WHERE worker_id = :worker AND code = :code")
                    .bind("worker", workerId).bind("code", badge.code()).bind("label", badge.label())
                    .bind("until", badge.validUntil()).bind("number", badge.certificateNumber()).bind("at", at).execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO worker.worker_badge (worker_id, code, label, valid_until, certificate_number, granted_at) "
                                + "VALUES (:worker, :code, :label, :until, :number, :at) ON CONFLICT DO NOTHING")
                        .bind("worker", workerId).bind("code", badge.code()).bind("label", badge.label())
                        .bind("until", badge.validUntil()).bind("number", badge.certificateNumber()).bind("at", at).execute();
            }
        });
    }

    @Override
    public Map<UUID, List<Badge>> badges(Collection<UUID> workerIds) {
        Map<UUID, List<Badge>> all = new LinkedHashMap<>();
        if (workerIds.isEmpty()) {
            return all;
        }
        jdbi.useHandle(h -> h.createQuery("SELECT worker_id, code, label, valid_until, certificate_number FROM worker.worker_badge "
                        + "WHERE worker_id IN (<ids>) ORDER BY worker_id, code")
                .bindList("ids", List.copyOf(workerIds))
                .map((rs, ctx) -> all.computeIfAbsent(rs.getObject("worker_id", UUID.class), k -> new ArrayList<>())
                        .add(new Badge(rs.getString("code"), rs.getString("label"), rs.getObject("valid_until", LocalDate.class),
                                rs.getString("certificate_number"))))
                .list());
        return all;
    }

    @Override
    public void require(String skill, Requirement requirement) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO worker.skill_badge_requirement (skill, code, label) VALUES (:skill, :code, :label) "
                        + "ON CONFLICT DO NOTHING")
                .bind("skill", skill).bind("code", requirement.code()).bind("label", requirement.label()).execute());
    }

    @Override
    public void dropRequirement(String skill, String code) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM worker.skill_badge_requirement WHERE skill = :skill AND code = :code")
                .bind("skill", skill).bind("code", code).execute());
    }

    @Override
    public Map<String, List<Requirement>> requirements() {
        Map<String, List<Requirement>> all = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT skill, code, label FROM worker.skill_badge_requirement ORDER BY skill, code")
                .map((rs, ctx) -> all.computeIfAbsent(rs.getString("skill"), k -> new ArrayList<>())
                        .add(new Requirement(rs.getString("code"), rs.getString("label"))))
                .list());
        return all;
    }

    @Override
    public void requireForTier(String tier, Requirement requirement) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO worker.tier_badge_requirement (tier, code, label) VALUES (:tier, :code, :label) "
                        + "ON CONFLICT DO NOTHING")
                .bind("tier", tier).bind("code", requirement.code()).bind("label", requirement.label()).execute());
    }

    @Override
    public void dropTierRequirement(String tier, String code) {
        jdbi.useHandle(h -> h.createUpdate("DELETE FROM worker.tier_badge_requirement WHERE tier = :tier AND code = :code")
                .bind("tier", tier).bind("code", code).execute());
    }

    @Override
    public Map<String, List<Requirement>> tierRequirements() {
        Map<String, List<Requirement>> all = new LinkedHashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT tier, code, label FROM worker.tier_badge_requirement ORDER BY tier, code")
                .map((rs, ctx) -> all.computeIfAbsent(rs.getString("tier"), k -> new ArrayList<>())
                        .add(new Requirement(rs.getString("code"), rs.getString("label"))))
                .list());
        return all;
    }
}
