package org.shangmen.booking.application.port.in.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.domain.placement.Substitution;
import org.shangmen.kernel.DomainException;

/**
 * C2.4 leave days of a placement's worker: the worker (or the customer) asks for days off within the
 * span, and a substitute free for every one of those days takes them, the best rated first unless one
 * is named; the substitute's calendar holds the days, both workers and the customer are told.
 */
public interface ArrangeSubstitutes {

    Substitution arrange(LeaveCommand command);

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
