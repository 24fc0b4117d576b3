package org.shangmen.booking.application.port.in;

/**
 * C4.2, the payment window: an accepted order left unpaid past its deadline is cancelled by the
 * platform and its worker's time freed. Payments themselves arrive through the api's {@code OrderPayments}.
 */
public interface ExpireUnpaidOrders {

    /** Cancels accepted orders whose payment deadline passed, each in its own transaction; answers how many. */
    int expireUnpaid();
}
