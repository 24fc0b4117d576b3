package org.shangmen.booking.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A worker's request to move an order's time (W2.3): an operator reviews it, then the customer
 * consents; refused or expired requests change nothing.
 */
public record ChangeRequest(UUID id, UUID orderId, UUID workerId, Instant proposedStart, String reason, Status status,
                            Instant createdAt, Instant expiresAt, Optional<UUID> reviewedBy, Optional<String> reviewNote,
                            Optional<Instant> decidedAt) {

    public enum Status { AWAITING_REVIEW, AWAITING_CUSTOMER, APPLIED, REFUSED, EXPIRED }

    public boolean isOpen() {
        return status == Status.AWAITING_REVIEW || status == Status.AWAITING_CUSTOMER;
    }
}
