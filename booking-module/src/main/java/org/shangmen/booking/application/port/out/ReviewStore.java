package org.shangmen.booking.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.domain.Review;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** Reviews, one per order. */
public interface ReviewStore {

    /** False when the order already has a review. */
    boolean add(Review review);

    void update(Review review);

    Optional<Review> find(UUID orderId);

    Page<Review> ofWorker(UUID workerId, boolean includeHidden, PageRequest page);

    /** The sum of the overall stars and the number of the worker's visible reviews. */
    long[] visibleStars(UUID workerId);

    /** The star sums of the worker's visible reviews. */
    Review.Sums visibleSums(UUID workerId);

    void hide(UUID orderId, String reason, UUID operatorId, Instant at);
}
