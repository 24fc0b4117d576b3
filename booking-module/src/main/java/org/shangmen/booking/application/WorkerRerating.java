package org.shangmen.booking.application;

import java.util.UUID;
import org.shangmen.booking.application.port.out.ReviewStore;
import org.shangmen.booking.application.port.out.placement.PlacementJournalStore;
import org.shangmen.booking.domain.Review;
import org.shangmen.worker.api.WorkerRatings;

/**
 * C4.4 the worker's public rating from every review she has: the visible reviews of her orders and the
 * monthly and final reviews of her placements, each counted once with its overall stars. Recomputed
 * from the stored reviews each time, so a repeated call (a redelivered event, a retried request)
 * never counts a review twice.
 */
public final class WorkerRerating {

    private final ReviewStore reviews;
    private final PlacementJournalStore placementReviews;
    private final WorkerRatings ratings;

    public WorkerRerating(ReviewStore reviews, PlacementJournalStore placementReviews, WorkerRatings ratings) {
        this.reviews = reviews;
        this.placementReviews = placementReviews;
        this.ratings = ratings;
    }

    /** Runs in the caller's transaction. */
    public void rerate(UUID workerId) {
        long[] orders = reviews.visibleStars(workerId);
        long[] placements = placementReviews.reviewStars(workerId);
        long stars = orders[0] + placements[0];
        long count = orders[1] + placements[1];
        ratings.rate(workerId, Review.ratingTenths(stars, count), (int) count);
    }
}
