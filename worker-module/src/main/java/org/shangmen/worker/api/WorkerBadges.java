package org.shangmen.worker.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Skill badges a worker holds and the badges a service needs (W4.2). Training grants and renews badges;
 * operators, through training, name the badges a service requires. A worker without a valid required
 * badge is not eligible for that service ({@link WorkerCalendar#eligibleWorkers}): no offers, no grab, not
 * free in slot search; a badge granted counts at once.
 */
public interface WorkerBadges {

    /**
     * Grants or renews a badge: the worker holds it until {@code validUntil} (inclusive), recorded with the
     * training certificate number that earned it. Idempotent per (worker, code): a renewal replaces the dates.
     */
    void grant(UUID workerId, String code, String label, LocalDate validUntil, String certificateNumber);

    /** Every badge the worker holds or held, valid or not, by code. */
    List<Badge> badges(UUID workerId);

    /** Badges of many workers in one query, for pages and offers. */
    Map<UUID, List<Badge>> badges(Set<UUID> workerIds);

    /** The skills and experience training recommends courses from; empty for an unknown worker. */
    Optional<Qualification> qualification(UUID workerId);

    /** Makes a badge required for every item of a service. Idempotent. */
    void require(Skill skill, String code, String label);

    /** No longer requires the badge for the service. Idempotent. */
    void dropRequirement(Skill skill, String code);

    /** The badges each service requires: its own and those of its {@link WorkTier tier of work}. */
    Map<Skill, List<Requirement>> requirements();

    /** Makes a badge required for every service of a tier of work. Idempotent. */
    void requireForTier(WorkTier tier, String code, String label);

    /** No longer requires the badge for the tier. Idempotent. */
    void dropTierRequirement(WorkTier tier, String code);

    /** The badges each tier of work requires. */
    Map<WorkTier, List<Requirement>> tierRequirements();

    record Badge(String code, String label, LocalDate validUntil, String certificateNumber) {
        public boolean validOn(LocalDate day) {
            return !validUntil.isBefore(day);
        }
    }

    record Requirement(String code, String label) {
    }

    record Qualification(UUID workerId, Set<Skill> skills, int experienceYears, List<Badge> badges) {
    }
}
