package org.shangmen.booking.domain.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;

/**
 * C2.4 leave days [{@code firstDay}, {@code endDay}) of a placement's worker whose substitute is sought
 * through dispatch, like an order: SEEKING until a worker wins the offer (FILLED; the substitution
 * takes this id) or nobody does (UNFILLED; the customer may still pick one). Immutable: each change
 * answers a new value whose {@code version} the store compares.
 */
public record SubstituteRequest(UUID id, UUID placementId, UUID customerId, UUID mainWorkerId, LocalDate firstDay, LocalDate endDay,
                                String reason, Status status, Optional<UUID> workerId, Instant createdAt, int version) {

    public enum Status {
        SEEKING, FILLED, UNFILLED
    }

    public static SubstituteRequest seek(UUID id, Placement placement, LocalDate firstDay, LocalDate endDay, String reason, Instant now) {
        return new SubstituteRequest(id, placement.id(), placement.customerId(), placement.workerId().orElseThrow(), firstDay, endDay, reason,
                Status.SEEKING, Optional.empty(), now, 0);
    }

    public int days() {
        return (int) (endDay.toEpochDay() - firstDay.toEpochDay());
    }

    /** Still sought and overlapping [{@code from}, {@code until}). */
    public boolean blocks(LocalDate from, LocalDate until) {
        return status == Status.SEEKING && firstDay.isBefore(until) && from.isBefore(endDay);
    }

    /** A worker won it; refused with {@code booking.order-taken} when it is no longer sought. */
    public SubstituteRequest filled(UUID worker) {
        if (status != Status.SEEKING) {
            throw DomainException.conflict("booking.order-taken");
        }
        return new SubstituteRequest(id, placementId, customerId, mainWorkerId, firstDay, endDay, reason, Status.FILLED, Optional.of(worker),
                createdAt, version);
    }

    /** Nobody took it. */
    public SubstituteRequest unfilled() {
        return new SubstituteRequest(id, placementId, customerId, mainWorkerId, firstDay, endDay, reason, Status.UNFILLED, workerId, createdAt,
                version);
    }

    public Substitution substitution(Instant now) {
        return new Substitution(id, placementId, mainWorkerId, workerId.orElseThrow(), firstDay, endDay, reason, now);
    }
}
