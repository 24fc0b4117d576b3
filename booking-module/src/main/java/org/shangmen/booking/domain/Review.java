package org.shangmen.booking.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;

/**
 * A customer's review of a completed order (C4.4) on the spec's five dimensions, 1–5 stars each.
 *
 * @param punctuality keeping to the agreement (守约)
 */
public record Review(UUID orderId, UUID customerId, UUID workerId, int attitude, int skill, int efficiency, int punctuality,
                     int overall, String text, List<String> photos, Instant createdAt, Instant updatedAt, Optional<String> reply,
                     Optional<Instant> repliedAt, boolean hidden, Optional<String> hiddenReason) {

    public static final int MAX_PHOTOS = 9;
    public static final int MAX_TEXT = 1000;
    public static final Duration EDITABLE_FOR = Duration.ofDays(7);
    /** The rating every worker starts from, in tenths of a star, and its weight in reviews. */
    public static final int PRIOR_TENTHS = 45;
    public static final int PRIOR_WEIGHT = 5;

    public Review {
        photos = List.copyOf(photos);
        for (int stars : new int[] {attitude, skill, efficiency, punctuality, overall}) {
            if (stars < 1 || stars > 5) {
                throw DomainException.invalid("booking.review-stars-invalid");
            }
        }
        if (text.length() > MAX_TEXT) {
            throw DomainException.invalid("booking.review-text-too-long", MAX_TEXT);
        }
        if (photos.size() > MAX_PHOTOS) {
            throw DomainException.invalid("booking.review-too-many-photos", MAX_PHOTOS);
        }
    }

    /**
     * A worker's displayed rating from the overall stars of the visible reviews: a Bayesian average
     * that starts at 4.5 stars with the weight of 5 reviews, (5 × 4.5 + Σ stars) / (5 + n), in tenths
     * of a star rounded half up. One 5-star review gives 4.6, not 5.0; many reviews converge on their mean.
     */
    public static int ratingTenths(long starsSum, long count) {
        long numerator = PRIOR_WEIGHT * (long) PRIOR_TENTHS + 10 * starsSum;
        long denominator = PRIOR_WEIGHT + count;
        return (int) ((2 * numerator + denominator) / (2 * denominator));
    }
}
