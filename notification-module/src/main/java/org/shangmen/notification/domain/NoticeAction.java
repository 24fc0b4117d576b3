package org.shangmen.notification.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Something the recipient is asked to do from a notice (C5.2), such as {@code CONFIRM_RESCHEDULE}: pending
 * until the owning module reports it done, or until its deadline passes.
 */
public record NoticeAction(String kind, State state, Optional<Instant> expiresAt) {

    public enum State { PENDING, DONE, EXPIRED }

    public NoticeAction {
        if (kind == null || !kind.matches("[A-Z_]{1,40}")) {
            throw new IllegalArgumentException("an action kind is 1 to 40 of A-Z and _");
        }
        java.util.Objects.requireNonNull(state, "state");
        expiresAt = expiresAt == null ? Optional.empty() : expiresAt;
    }

    public static NoticeAction pending(String kind, Optional<Instant> expiresAt) {
        return new NoticeAction(kind, State.PENDING, expiresAt);
    }

    public NoticeAction asSeenAt(Instant now) {
        if (state == State.PENDING && expiresAt.map(now::isAfter).orElse(false)) {
            return new NoticeAction(kind, State.EXPIRED, expiresAt);
        }
        return this;
    }
}
