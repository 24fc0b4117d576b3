package org.shangmen.booking.api.event;

import java.time.Instant;
import java.util.UUID;

/**
 * A customer reviewed a completed order, changed the review, or operators hid it (C4.4). Each carries the
 * review as it now stands, 1–5 stars on each dimension; {@code updatedAt} orders the versions of one review.
 */
public record OrderReviewed(UUID orderId, UUID customerId, UUID workerId, int attitude, int skill, int efficiency, int punctuality,
                            int overall, String text, boolean hidden, Instant createdAt, Instant updatedAt) {
}
