package org.shangmen.worker.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Every submission and review decision: who, when, what, why. Append-only. */
public interface DecisionLog {

    record Decision(UUID id, UUID workerId, String decision, Optional<String> reason, UUID decidedBy, Instant decidedAt) {
    }

    void append(Decision decision);

    List<Decision> history(UUID workerId);
}
