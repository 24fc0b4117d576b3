package org.shangmen.worker.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.domain.CertificationRule;
import org.shangmen.worker.domain.MissingItem;

/** The versioned certification rules, the version each submission was checked against, and missing items. */
public interface CertificationRuleStore {

    /** Every version of the skill, newest first. */
    List<CertificationRule> versions(Skill skill);

    /** The version with the latest effective time not after {@code at} (of two at the same time, the newer). */
    Optional<CertificationRule> inForce(Skill skill, Instant at);

    Optional<CertificationRule> latest(Skill skill);

    /** Inserts a new version; false when that version number exists already (another operator was faster). */
    boolean insert(CertificationRule rule);

    /** Remembers which version each of the worker's skills was checked against, replacing an earlier submission's. */
    void snapshot(UUID workerId, Map<Skill, UUID> ruleIds, Instant submittedAt);

    /** The versions a worker's last submission was checked against, by skill. */
    Map<Skill, CertificationRule> snapshotRules(UUID workerId);

    /** Approved workers with the skill. */
    List<UUID> approvedWithSkill(Skill skill);

    void insertItems(Collection<MissingItem> items);

    /** The worker's items that are not resolved yet, oldest deadline first. */
    List<MissingItem> pendingItems(UUID workerId);

    List<MissingItem> items(UUID workerId, int limit, long offset);

    long itemCount(UUID workerId);

    void markSupplied(UUID workerId, Instant at, Collection<UUID> itemIds);

    /** Resolves the worker's supplied items; answers how many. */
    int resolveSupplied(UUID workerId, UUID operatorId, Instant at);

    /** Verification steps an operator recorded for the worker (backgroundCheck, interview). */
    Set<String> recordedSteps(UUID workerId);

    void recordStep(UUID workerId, String step, String reference, UUID operatorId, Instant at);
}
