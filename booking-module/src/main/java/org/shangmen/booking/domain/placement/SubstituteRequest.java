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
        SEEKING("寻找替班中"), FILLED("已安排替班"), UNFILLED("看护空缺");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        /** What the apps show for the status. */
        public String label() {
            return label;
        }
    }

    /** Leave days the named substitute took at once, shown as a request filled from the start. */
    public static SubstituteRequest named(Substitution s, UUID customerId) {
        return new SubstituteRequest(s.id(), s.placementId(), customerId, s.mainWorkerId(), s.firstDay(), s.endDay(), s.reason(),
                Status.FILLED, Optional.of(s.workerId()), s.createdAt(), 0);
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
