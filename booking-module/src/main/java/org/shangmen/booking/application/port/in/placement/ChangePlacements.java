package org.shangmen.booking.application.port.in.placement;

import java.time.LocalDate;
import java.util.UUID;
import org.shangmen.booking.domain.placement.Placement;

/** C2.4 a contracted placement's span changes: extension, and an early end with a pro-rata refund by the contract. */
public interface ChangePlacements {

    /** Extends the span by whole days at the contract's daily price; the worker's calendar must be free for them. */
    Placement extend(UUID customerId, UUID placementId, int extraDays);

    /**
     * Ends the placement before its span ends: {@code firstDayNotServed} on, the worker's calendar is
     * free again, unserved days and the deposit are refunded less the contract's early-end fee.
     */
    Placement.Ended endEarly(UUID customerId, UUID placementId, LocalDate firstDayNotServed, String reason);
}
