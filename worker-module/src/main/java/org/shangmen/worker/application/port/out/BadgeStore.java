package org.shangmen.worker.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shangmen.worker.api.WorkerBadges.Badge;
import org.shangmen.worker.api.WorkerBadges.Requirement;

/** Badges held by workers and badges required per service, in the worker schema. */
public interface BadgeStore {

    void grant(UUID workerId, Badge badge, Instant at);

    Map<UUID, List<Badge>> badges(Collection<UUID> workerIds);

    void require(String skill, Requirement requirement);

    void dropRequirement(String skill, String code);

    Map<String, List<Requirement>> requirements();

    void requireForTier(String tier, Requirement requirement);

    void dropTierRequirement(String tier, String code);

    Map<String, List<Requirement>> tierRequirements();
}
