package org.shangmen.notification.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;

/**
 * An order's private thread (W3.2): its customer and its worker may write from the moment the worker
 * accepted the order until {@code grace} after it was completed or closed. Anyone else does not see it.
 */
public record Conversation(UUID orderId, UUID customerId, UUID workerId, Instant acceptedAt, Optional<Instant> completedAt) {

    public Conversation {
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(workerId, "workerId");
        Objects.requireNonNull(acceptedAt, "acceptedAt");
        completedAt = completedAt == null ? Optional.empty() : completedAt;
    }

    public boolean isParticipant(UUID accountId) {
        return customerId.equals(accountId) || workerId.equals(accountId);
    }

    public UUID otherThan(UUID accountId) {
        if (customerId.equals(accountId)) {
            return workerId;
        }
        if (workerId.equals(accountId)) {
            return customerId;
        }
        throw DomainException.notFound("notification.thread-not-found");
    }

    /** Writing is open from acceptance until {@code grace} after completion. */
    public boolean isOpenAt(Instant now, Duration grace) {
        return !now.isBefore(acceptedAt) && completedAt.map(done -> !now.isAfter(done.plus(grace))).orElse(true);
    }

    /** Refuses a writer who is not a participant (as if the thread did not exist) or a thread that is closed. */
    public void ensureMayWrite(UUID accountId, Instant now, Duration grace) {
        if (!isParticipant(accountId)) {
            throw DomainException.notFound("notification.thread-not-found");
        }
        if (!isOpenAt(now, grace)) {
            throw DomainException.conflict("notification.thread-closed");
        }
    }
}
