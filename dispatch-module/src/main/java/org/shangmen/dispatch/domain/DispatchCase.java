package org.shangmen.dispatch.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Dispatch's record of one order: its mode, the rung it stands on and when that rung escalates.
 *
 * @param rung     the index of the current rung in the ladder; -1 before the first
 * @param deadline when the current rung (or an automatic assignment's decline window) ends; empty when nothing is due
 */
public record DispatchCase(UUID orderId, UUID customerId, AssignmentMode mode, CaseState state, int rung, Optional<Instant> deadline,
                           Optional<UUID> workerId, Optional<Instant> flaggedAt, Instant createdAt, long version) {

    public static DispatchCase open(UUID orderId, UUID customerId, AssignmentMode mode, Instant now) {
        return new DispatchCase(orderId, customerId, mode, CaseState.OFFERING, -1, Optional.of(now), Optional.empty(), Optional.empty(),
                now, 0);
    }

    /** Offers of rung {@code nextRung} are out until the deadline. */
    public DispatchCase offering(int nextRung, Instant until) {
        return new DispatchCase(orderId, customerId, mode, CaseState.OFFERING, nextRung, Optional.of(until), Optional.empty(), flaggedAt,
                createdAt, version + 1);
    }

    /** A worker has it; with a deadline, the worker may still decline until then. */
    public DispatchCase assigned(int atRung, UUID worker, Optional<Instant> declineUntil) {
        return new DispatchCase(orderId, customerId, mode, CaseState.ASSIGNED, atRung, declineUntil, Optional.of(worker), flaggedAt,
                createdAt, version + 1);
    }

    public DispatchCase flagged(int nextRung, Instant now, Instant until) {
        return new DispatchCase(orderId, customerId, mode, CaseState.AWAITING_OPERATOR, nextRung, Optional.of(until), Optional.empty(),
                Optional.of(now), createdAt, version + 1);
    }

    /** Back on the ladder: the next climb starts after {@code rungBefore}, right away. */
    public DispatchCase reopened(int rungBefore, Instant now) {
        return new DispatchCase(orderId, customerId, mode, CaseState.OFFERING, rungBefore, Optional.of(now), Optional.empty(), flaggedAt,
                createdAt, version + 1);
    }

    public DispatchCase closed(CaseState finalState) {
        if (finalState.isOpen() || finalState == CaseState.ASSIGNED) {
            throw new IllegalArgumentException("a closed case is unfilled or cancelled");
        }
        return new DispatchCase(orderId, customerId, mode, finalState, rung, Optional.empty(), workerId, flaggedAt, createdAt, version + 1);
    }

    /** The order is taken (elsewhere confirmed): nothing more is due. */
    public DispatchCase settled(UUID worker) {
        return assigned(rung, worker, Optional.empty());
    }
}
