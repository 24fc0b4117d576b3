package org.shangmen.booking.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Operators' part in orders after acceptance (W2.3, C4.4): reviewing workers' time changes, hiding abusive reviews. */
public interface OrderModeration {

    List<ChangeRequestView> changesAwaitingReview();

    /** Approve (the customer is asked next) or refuse a worker's request to move the time. */
    ChangeRequestView reviewChange(UUID operatorId, UUID requestId, boolean approve, String note);

    /** Hides a review with a reason; the worker's rating is recomputed without it. */
    void hideReview(UUID operatorId, UUID orderId, String reason);

    record ChangeRequestView(UUID id, UUID orderId, UUID workerId, Instant proposedStart, String reason, String status, Instant createdAt,
                             Instant answerBy) {
    }
}
