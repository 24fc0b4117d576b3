package org.shangmen.booking.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * An order's money and visit so far.
 *
 * @param paymentDeadline when an accepted order awaiting payment is cancelled if unpaid
 * @param paidFen         everything paid on the order
 * @param addOnsFen       approved add-ons and price differences
 */
public record Progress(Optional<Instant> paymentDeadline, long paidFen, long addOnsFen, Optional<Instant> checkedInAt,
                       Optional<Instant> checkedOutAt, Optional<Long> checkInDistanceMetres) {

    public static final Progress NONE = new Progress(Optional.empty(), 0, 0, Optional.empty(), Optional.empty(), Optional.empty());

    public Progress {
        if (paidFen < 0 || addOnsFen < 0) {
            throw new IllegalArgumentException("amounts are not negative");
        }
    }

    Progress withDeadline(Optional<Instant> deadline) {
        return new Progress(deadline, paidFen, addOnsFen, checkedInAt, checkedOutAt, checkInDistanceMetres);
    }

    Progress paid(long amountFen) {
        return new Progress(Optional.empty(), Math.addExact(paidFen, amountFen), addOnsFen, checkedInAt, checkedOutAt, checkInDistanceMetres);
    }

    Progress addOn(long amountFen) {
        return new Progress(paymentDeadline, paidFen, Math.addExact(addOnsFen, amountFen), checkedInAt, checkedOutAt, checkInDistanceMetres);
    }

    Progress checkedIn(Instant at, long distanceMetres) {
        return new Progress(paymentDeadline, paidFen, addOnsFen, Optional.of(at), checkedOutAt, Optional.of(distanceMetres));
    }

    Progress checkedOut(Instant at) {
        return new Progress(paymentDeadline, paidFen, addOnsFen, checkedInAt, Optional.of(at), checkInDistanceMetres);
    }
}
