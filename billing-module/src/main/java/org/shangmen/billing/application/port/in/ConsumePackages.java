package org.shangmen.billing.application.port.in;

import java.util.UUID;

/**
 * C4.2 a recurring plan's visits paid from its prepaid package, each exactly once however often the
 * fact arrives; a cancelled visit goes back to the package; an ended package refunds what its visits
 * did not use.
 */
public interface ConsumePackages {

    /** Pays the order from its series' active package when it awaits payment and the package has a visit left; true when it did. */
    boolean consume(UUID orderId);

    /** Pays the series' visits awaiting payment from its package just paid; answers how many. */
    int packagePaid(UUID packageId);

    /** A cancelled visit that was paid from a package gives its share back (refunded at once when the package has ended). */
    void orderCancelled(UUID orderId);

    /** The series was cancelled: its packages end and refund what their visits did not use. */
    void seriesCancelled(UUID seriesId);

    /** Ends the package: unpaid, it is cancelled; paid, what it still holds is refunded to the customer's payment. */
    void end(UUID packageId);
}
