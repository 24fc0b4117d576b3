package org.shangmen.booking.application.port.in;

import java.util.UUID;
import org.shangmen.booking.domain.Review;
import org.shangmen.booking.domain.Texts;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/**
 * C4.4: the customer reviews a completed order (and may edit it for a while, and add photos), the
 * worker replies once, operators hide abusive reviews; the worker's rating follows the visible ones.
 */
public interface ReviewOrder {

    Review review(ReviewCommand command);

    Review edit(ReviewCommand command);

    Review addPhoto(UUID customerId, UUID orderId, byte[] content);

    Review reply(ReplyCommand command);

    /** The reviews a worker received, hidden ones included, newest first. */
    Page<Review> ofWorker(UUID workerId, PageRequest page);

    /** C3: a worker's visible reviews for anyone, newest first, with the per-dimension averages. */
    WorkerReviews publicReviews(UUID workerId, PageRequest page);

    record WorkerReviews(Page<Review> reviews, Review.Averages averages) {
    }

    /** Hides a review with a reason; the worker's rating is recomputed without it. */
    void hide(UUID operatorId, UUID orderId, String reason);

    /** Stars 1–5 on each of the five dimensions (checked by the review itself) and an optional text. */
    record ReviewCommand(UUID customerId, UUID orderId, int attitude, int skill, int efficiency, int punctuality, int overall,
                         String text) {
        public ReviewCommand {
            text = Texts.orElse(text, "", Review.MAX_TEXT);
        }
    }

    record ReplyCommand(UUID workerId, UUID orderId, String reply) {
        public static final int MAX_REPLY = 500;

        public ReplyCommand {
            reply = Texts.required(reply, MAX_REPLY);
        }
    }
}
