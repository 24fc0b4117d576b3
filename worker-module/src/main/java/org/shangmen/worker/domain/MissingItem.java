package org.shangmen.worker.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.worker.api.Skill;

/**
 * Something a certified worker is asked for because a stricter rule version came into force (A1.1):
 * open until the worker supplies it, then approved by an operator. Past its deadline, an open item
 * keeps the worker from offers for the skill.
 */
public record MissingItem(UUID id, UUID workerId, Skill skill, int ruleVersion, String item, Instant dueAt, State state,
                          Instant createdAt, Optional<Instant> suppliedAt, Optional<Instant> resolvedAt, Optional<UUID> resolvedBy) {

    public enum State { OPEN, SUPPLIED, RESOLVED }

    public boolean isOverdue(Instant now) {
        return state != State.RESOLVED && !dueAt.isAfter(now);
    }
}
