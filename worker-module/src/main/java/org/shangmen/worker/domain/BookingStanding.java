package org.shangmen.worker.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * What decides whether a worker may be booked: certified, in good standing (a suspension that is over counts
 * as lifted), and for new orders working rather than resting. A worker's own answer, and all a booking reads
 * of her record.
 */
public record BookingStanding(Certification certification, Standing standing, Optional<Instant> suspendedUntil, WorkState workState) {

    public boolean mayTakeOrders(Instant now) {
        if (certification != Certification.APPROVED) {
            return false;
        }
        return switch (standing) {
            case ACTIVE -> true;
            case SUSPENDED -> suspendedUntil.map(until -> !until.isAfter(now)).orElse(false);
            case REMOVED -> false;
        };
    }

    /** Certified, not suspended or removed, and not resting: offers, slots, grabbing and assignment count this worker. */
    public boolean takesNewOrders(Instant now) {
        return mayTakeOrders(now) && workState != WorkState.RESTING;
    }
}
