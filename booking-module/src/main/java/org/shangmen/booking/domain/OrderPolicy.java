package org.shangmen.booking.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * The change and cancellation policy in force when an order was placed, kept on the order and applied
 * later even if operators change the platform's policy (C4.3, W2.3).
 *
 * @param freeCancelBefore   cancelling at least this long before the start costs nothing
 * @param lateFeeBasisPoints the fee for a later cancellation, in basis points of the order's total (2 000 = 20 %)
 * @param minimumLateFeeFen  the late fee is at least this much (never more than what was paid)
 * @param workerChangeBefore a worker may ask to move the time only until this long before the start
 * @param paymentWindow      how long an accepted order holds the worker's time while awaiting payment
 */
public record OrderPolicy(Duration freeCancelBefore, int lateFeeBasisPoints, long minimumLateFeeFen, Duration workerChangeBefore,
                          Duration paymentWindow) {

    public static final OrderPolicy STANDARD = new OrderPolicy(Duration.ofHours(2), 2_000, 2_000, Duration.ofHours(12),
            Duration.ofMinutes(30));

    public OrderPolicy {
        if (freeCancelBefore.isNegative() || lateFeeBasisPoints < 0 || lateFeeBasisPoints > 10_000 || minimumLateFeeFen < 0
                || workerChangeBefore.isNegative() || !paymentWindow.isPositive()) {
            throw new IllegalArgumentException("a policy has non-negative windows and a fee between 0 and 100 %");
        }
    }

    /**
     * The fee a cancellation at {@code at} keeps of what was paid: nothing before the free deadline or
     * when nothing was paid; otherwise the share of the total, at least the minimum, at most what was paid.
     * Rounded half up to the fen.
     */
    public long cancellationFee(Instant start, Instant at, long totalFen, long paidFen) {
        if (paidFen <= 0 || !at.isAfter(start.minus(freeCancelBefore))) {
            return 0;
        }
        long share = (totalFen * lateFeeBasisPoints + 5_000) / 10_000;
        return Math.min(paidFen, Math.max(share, minimumLateFeeFen));
    }
}
