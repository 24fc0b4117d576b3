package org.shangmen.booking.domain.placement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * One payment obligation of a placement, paid in order of {@code seq}. {@code earnedFen} is what the
 * worker's share is computed from once the period is over (settled): the amount for a full period,
 * the served days' price when the placement ended within it, nothing for a deposit.
 */
public record Instalment(UUID id, int seq, Kind kind, LocalDate periodStart, LocalDate periodEnd, long amountFen, long earnedFen,
                         Status status, Optional<String> paymentReference, Optional<Instant> paidAt) {

    public enum Kind {
        DEPOSIT, PERIOD, EXTENSION
    }

    public enum Status {
        DUE, PAID, SETTLED, VOID
    }

    public boolean isPaid() {
        return status == Status.PAID || status == Status.SETTLED;
    }

    public boolean earns() {
        return kind != Kind.DEPOSIT;
    }

    Instalment paid(String reference, Instant at) {
        return new Instalment(id, seq, kind, periodStart, periodEnd, amountFen, earnedFen, Status.PAID, Optional.of(reference),
                Optional.of(at));
    }

    Instalment with(LocalDate end, long amount, long earned, Status newStatus) {
        return new Instalment(id, seq, kind, periodStart, end, amount, earned, newStatus, paymentReference, paidAt);
    }
}
