package org.shangmen.booking.application.port.in.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.domain.placement.SubstituteRequest;
import org.shangmen.booking.domain.placement.Substitution;
import org.shangmen.kernel.DomainException;

/**
 * C2.4 leave days of a placement's worker: the worker (or the customer) asks for days off within the
 * span, and a substitute free for every one of those days takes them: found through dispatch's ladder
 * like an order, or the one the customer names; the substitute's calendar holds the days, both workers
 * and the customer are told. Nobody taking the offer leaves the days uncovered (看护空缺): the customer
 * is told and may still name a substitute.
 */
public interface ArrangeSubstitutes {

    /** The days are offered to the eligible free workers through dispatch; the request is SEEKING until one wins it. */
    SubstituteRequest seek(LeaveCommand command);

    /** The named substitute (or, unnamed, the best rated free one) takes the days at once. */
    Substitution arrange(LeaveCommand command);

    /**
     * Leave days asked for: a substitute named in the command takes them at once (the answer is FILLED);
     * without one they are sought through dispatch (SEEKING).
     */
    SubstituteRequest leave(LeaveCommand command);

    /** The placement's substitute requests, for its customer; another account finds no placement. */
    List<SubstituteRequest> requests(UUID customerId, UUID placementId);

    /**
     * The substitutions the account may see: all of the placement's for its customer, for a worker those she
     * serves or is replaced in. A placement the account has no part in is not found.
     */
    List<Substitution> substitutions(UUID accountId, boolean customer, UUID placementId);

    /** @param byWorker true when the placement's worker asks; false when its customer does */
    record LeaveCommand(UUID requesterId, boolean byWorker, UUID placementId, LocalDate firstDay, int days, Optional<UUID> substituteId,
                        String reason) {
        public static final int MAX_DAYS = 31;

        public LeaveCommand {
            if (firstDay == null || days < 1 || days > MAX_DAYS) {
                throw DomainException.invalid("booking.placement-leave-invalid", MAX_DAYS);
            }
            substituteId = substituteId == null ? Optional.empty() : substituteId;
            reason = reason == null || reason.isBlank() ? "请假" : reason.strip().substring(0, Math.min(200, reason.strip().length()));
        }
    }
}
