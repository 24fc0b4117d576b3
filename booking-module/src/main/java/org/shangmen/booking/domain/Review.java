package org.shangmen.booking.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.OrderStatus;
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

    /** The stars on the five dimensions. */
    public record Stars(int attitude, int skill, int efficiency, int punctuality, int overall) {
    }

    /** The customer's first review of a completed order. */
    public static Review of(Order order, Stars stars, String text, Instant at) {
        if (order.status() != OrderStatus.COMPLETED) {
            throw DomainException.conflict("booking.review-before-completion");
        }
        return new Review(order.id(), order.customerId(), order.workerId().orElseThrow(), stars.attitude(), stars.skill(),
                stars.efficiency(), stars.punctuality(), stars.overall(), text, List.of(), at, at, Optional.empty(), Optional.empty(), false,
                Optional.empty());
    }

    /** The customer changes stars and text, within {@link #EDITABLE_FOR} of the first review. */
    public Review edit(Stars stars, String newText, Instant at) {
        if (!at.isBefore(createdAt.plus(EDITABLE_FOR))) {
            throw DomainException.conflict("booking.review-not-editable", EDITABLE_FOR.toDays());
        }
        return new Review(orderId, customerId, workerId, stars.attitude(), stars.skill(), stars.efficiency(), stars.punctuality(),
                stars.overall(), newText, photos, createdAt, at, reply, repliedAt, hidden, hiddenReason);
    }

    /** Room for one more photo; {@code booking.review-too-many-photos} when full. */
    public void requireRoomForPhoto() {
        if (photos.size() >= MAX_PHOTOS) {
            throw DomainException.invalid("booking.review-too-many-photos", MAX_PHOTOS);
        }
    }

    public Review withPhoto(String key, Instant at) {
        requireRoomForPhoto();
        List<String> more = new ArrayList<>(photos);
        more.add(key);
        return new Review(orderId, customerId, workerId, attitude, skill, efficiency, punctuality, overall, text, more, createdAt, at, reply,
                repliedAt, hidden, hiddenReason);
    }

    /** The worker's one reply. */
    public Review replied(String replyText, Instant at) {
        if (reply.isPresent()) {
            throw DomainException.conflict("booking.review-replied");
        }
        return new Review(orderId, customerId, workerId, attitude, skill, efficiency, punctuality, overall, text, photos, createdAt,
                updatedAt, Optional.of(replyText), Optional.of(at), hidden, hiddenReason);
    }

    /** The star sums of a worker's visible reviews on each dimension, and how many there are. */
    public record Sums(long count, long attitude, long skill, long efficiency, long punctuality, long overall) {

        /** Each dimension's mean in tenths of a star, rounded half up; 0 without reviews. */
        public Averages averages() {
            return new Averages(count, tenths(attitude), tenths(skill), tenths(efficiency), tenths(punctuality), tenths(overall));
        }

        private int tenths(long sum) {
            return count == 0 ? 0 : (int) ((20 * sum + count) / (2 * count));
        }
    }

    /** Per-dimension averages in tenths of a star (46 is 4.6 stars) over {@code count} visible reviews. */
    public record Averages(long count, int attitudeTenths, int skillTenths, int efficiencyTenths, int punctualityTenths,
                           int overallTenths) {
    }
}
