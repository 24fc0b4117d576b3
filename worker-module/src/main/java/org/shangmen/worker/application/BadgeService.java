package org.shangmen.worker.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Refreshed;
import org.shangmen.worker.api.Skill;
import org.shangmen.worker.api.WorkTier;
import org.shangmen.worker.api.WorkerBadges;
import org.shangmen.worker.application.port.out.BadgeStore;
import org.shangmen.worker.application.port.out.WorkerStore;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * W4.2: the badges workers hold and the badges services require, kept for training and eligibility.
 * The requirements, read on every offer list, are kept in memory for {@link Refreshed#OPERATORS_RULES} (read again
 * at once after a change here), so other instances show a change within that time; eligibility itself
 * reads them in its own statement and never waits.
 */
public class BadgeService implements WorkerBadges {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,47}");

    private final BadgeStore store;
    private final WorkerStore workers;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Refreshed<Map<String, List<Requirement>>> skillRules;
    private final Refreshed<Map<String, List<Requirement>>> tierRules;

    public BadgeService(BadgeStore store, WorkerStore workers, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.workers = workers;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.skillRules = Refreshed.operatorsRules(store::requirements);
        this.tierRules = Refreshed.operatorsRules(store::tierRequirements);
    }

    static void check(String code, String label) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw DomainException.invalid("worker.badge-code-invalid");
        }
        if (label == null || label.isBlank() || label.length() > 30) {
            throw DomainException.invalid("worker.badge-label-invalid");
        }
    }

    @Override
    public void grant(UUID workerId, String code, String label, LocalDate validUntil, String certificateNumber) {
        check(code, label);
        tx.executeWithoutResult(s -> store.grant(workerId, new Badge(code, label.strip(), validUntil, certificateNumber), clock.instant()));
    }

    @Override
    public List<Badge> badges(UUID workerId) {
        return store.badges(List.of(workerId)).getOrDefault(workerId, List.of());
    }

    @Override
    public Map<UUID, List<Badge>> badges(Set<UUID> workerIds) {
        return workerIds.isEmpty() ? Map.of() : store.badges(workerIds);
    }

    @Override
    public Optional<Qualification> qualification(UUID workerId) {
        return workers.find(workerId).map(w -> new Qualification(workerId, Set.copyOf(w.profile().skills()),
                w.profile().experienceYears(), badges(workerId)));
    }

    @Override
    public void require(Skill skill, String code, String label) {
        check(code, label);
        tx.executeWithoutResult(s -> store.require(skill.name(), new Requirement(code, label.strip())));
        skillRules.forget();
    }

    @Override
    public void dropRequirement(Skill skill, String code) {
        tx.executeWithoutResult(s -> store.dropRequirement(skill.name(), code));
        skillRules.forget();
    }

    @Override
    public Map<Skill, List<Requirement>> requirements() {
        Map<Skill, List<Requirement>> all = new EnumMap<>(Skill.class);
        skillRules.get().forEach((skill, list) -> all.put(Skill.valueOf(skill), new java.util.ArrayList<>(list)));
        tierRequirements().forEach((tier, list) -> tier.skills().forEach(skill -> {
            List<Requirement> own = all.computeIfAbsent(skill, k -> new java.util.ArrayList<>());
            list.stream().filter(r -> own.stream().noneMatch(o -> o.code().equals(r.code()))).forEach(own::add);
        }));
        all.replaceAll((skill, list) -> List.copyOf(list));
        return all;
    }

    @Override
    public void requireForTier(WorkTier tier, String code, String label) {
        check(code, label);
        tx.executeWithoutResult(s -> store.requireForTier(tier.name(), new Requirement(code, label.strip())));
        tierRules.forget();
    }

    @Override
    public void dropTierRequirement(WorkTier tier, String code) {
        tx.executeWithoutResult(s -> store.dropTierRequirement(tier.name(), code));
        tierRules.forget();
    }

    @Override
    public Map<WorkTier, List<Requirement>> tierRequirements() {
        Map<WorkTier, List<Requirement>> all = new EnumMap<>(WorkTier.class);
        tierRules.get().forEach((tier, list) -> all.put(WorkTier.valueOf(tier), List.copyOf(list)));
        return all;
    }
}
