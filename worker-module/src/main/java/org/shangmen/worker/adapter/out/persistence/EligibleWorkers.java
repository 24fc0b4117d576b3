package org.shangmen.worker.adapter.out.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.statement.SqlStatement;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkTier;

/**
 * The one definition of who may take an order in a district: certified, active (or suspended until a
 * time now past), not resting, with every needed skill, serving the district, holding each required
 * certificate valid today, not past the deadline of items a certification rule asked for, and holding
 * every badge the skill and its tier of work require (W4.2). Used alone and as the first part of the calendar read.
 */
final class EligibleWorkers {

    /** One skill and the certificates it requires, by their codes. */
    record Need(String skill, Set<String> certificates) {
    }

    private EligibleWorkers() {
    }

    /** {@code SELECT w.account_id, w.time_zone FROM …} of the workers eligible for every need; no {@code ORDER BY}. */
    static String select(List<Need> needs) {
        StringBuilder sql = new StringBuilder("SELECT w.account_id, w.time_zone FROM worker.worker w "
                + "JOIN worker.worker_district d ON d.worker_id = w.account_id AND d.district_code = :district "
                + "WHERE w.certification = 'APPROVED' AND w.work_state <> 'RESTING' "
                + "AND (w.standing = 'ACTIVE' OR (w.standing = 'SUSPENDED' AND w.suspended_until <= :now))");
        for (int i = 0; i < needs.size(); i++) {
            sql.append(" AND EXISTS (SELECT 1 FROM worker.worker_skill s WHERE s.worker_id = w.account_id AND s.skill = :skill").append(i)
                    .append(')');
            // Each required certificate valid today, one semi-join each: the planner estimates these well, where a
            // count compared with the number required looked so selective that it chose nested loops over thousands.
            for (int j = 0; j < needs.get(i).certificates().size(); j++) {
                sql.append(" AND EXISTS (SELECT 1 FROM worker.certificate c WHERE c.worker_id = w.account_id AND c.type = :type")
                        .append(i).append('_').append(j)
                        .append(" AND c.valid_from <= :today AND (c.valid_until IS NULL OR c.valid_until >= :today))");
            }
            // Certification rules (A1.1): past the deadline of items a stricter rule asked for, no offers for the skill.
            sql.append(" AND NOT EXISTS (SELECT 1 FROM worker.missing_item m WHERE m.worker_id = w.account_id AND m.skill = :skill")
                    .append(i).append(" AND m.state <> 'RESOLVED' AND m.due_at <= :now)");
            // W4.2: every badge the service requires, held and valid today.
            sql.append(" AND NOT EXISTS (SELECT 1 FROM worker.skill_badge_requirement r WHERE r.skill = :skill").append(i)
                    .append(" AND NOT EXISTS (SELECT 1 FROM worker.worker_badge b WHERE b.worker_id = w.account_id ")
                    .append("AND b.code = r.code AND b.valid_until >= :today))");
            // And every badge the skill's tier of work requires.
            sql.append(" AND NOT EXISTS (SELECT 1 FROM worker.tier_badge_requirement t WHERE t.tier = :tier").append(i)
                    .append(" AND NOT EXISTS (SELECT 1 FROM worker.worker_badge b WHERE b.worker_id = w.account_id ")
                    .append("AND b.code = t.code AND b.valid_until >= :today))");
        }
        return sql.toString();
    }

    static <T extends SqlStatement<T>> T bind(T statement, List<Need> needs, String district, Instant now, LocalDate today) {
        statement.bind("district", district).bind("now", now).bind("today", today);
        for (int i = 0; i < needs.size(); i++) {
            Need need = needs.get(i);
            statement.bind("skill" + i, need.skill());
            statement.bind("tier" + i, WorkTier.of(Skill.valueOf(need.skill())).name());
            List<String> types = need.certificates().stream().sorted().toList();
            for (int j = 0; j < types.size(); j++) {
                statement.bind("type" + i + "_" + j, types.get(j));
            }
        }
        return statement;
    }
}
