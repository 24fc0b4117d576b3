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

    /** The visit's records of an order (W3.1), for operators handling it. */
    List<RecordView> records(UUID orderId);

    /** A record's photo or video; {@code booking.record-not-found} otherwise. */
    MediaView recordMedia(UUID orderId, UUID recordId);

    record RecordView(UUID id, String kind, java.util.Optional<String> text, java.util.Optional<String> mediaType,
                      java.util.Map<String, String> observations, Instant at) {
    }

    record MediaView(String contentType, byte[] content) {
    }

    record ChangeRequestView(UUID id, UUID orderId, UUID workerId, Instant proposedStart, String reason, String status, Instant createdAt,
                             Instant answerBy) {
    }
}
