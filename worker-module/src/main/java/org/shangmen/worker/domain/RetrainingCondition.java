package org.shangmen.worker.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A suspension's way back (W4.2): passing the named training course lifts it; {@code liftedAt} once it did. */
public record RetrainingCondition(UUID penaltyId, UUID workerId, UUID courseId, String courseTitle, Optional<Instant> liftedAt) {

    public boolean open() {
        return liftedAt.isEmpty();
    }
}
