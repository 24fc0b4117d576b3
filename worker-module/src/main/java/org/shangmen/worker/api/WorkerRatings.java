package org.shangmen.worker.api;

import java.util.UUID;

/** Workers' ratings, recomputed by the module that keeps the reviews (C4.4) and shown in search and ranking. */
public interface WorkerRatings {

    /** Sets the worker's displayed rating (tenths of a star) and the number of reviews it rests on. */
    void rate(UUID workerId, int ratingTenths, int ratingCount);

    /**
     * Counts a completed order in the worker's public {@code completedOrders}. Idempotent: the same order
     * counts once however often it is reported.
     */
    void orderCompleted(UUID workerId, UUID orderId, java.time.Instant completedAt);
}
