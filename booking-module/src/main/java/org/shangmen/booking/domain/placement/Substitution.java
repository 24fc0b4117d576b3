package org.shangmen.booking.domain.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * C2.4 leave days of a placement's worker, [{@code firstDay}, {@code endDay}), served by a substitute
 * whose calendar holds them; the substitute earns those days at the contract's daily price.
 */
public record Substitution(UUID id, UUID placementId, UUID mainWorkerId, UUID workerId, LocalDate firstDay, LocalDate endDay, String reason,
                           Instant createdAt) {

    /** The substitute's days within [{@code from}, {@code until}). */
    public long daysWithin(LocalDate from, LocalDate until) {
        LocalDate start = firstDay.isAfter(from) ? firstDay : from;
        LocalDate end = endDay.isBefore(until) ? endDay : until;
        return end.isAfter(start) ? end.toEpochDay() - start.toEpochDay() : 0;
    }

    public boolean overlaps(LocalDate from, LocalDate until) {
        return daysWithin(from, until) > 0;
    }
}
