package org.shangmen.notification.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Who may talk about an order (W3.2), answered by the module that owns orders. Empty when there is no
 * such order or no worker has accepted it yet.
 */
public interface OrderConversations {

    Optional<OrderParticipants> participants(UUID orderId);

    /** The name a worker is shown by to customers; empty when the worker is unknown. */
    Optional<String> workerName(UUID workerAccountId);

    /**
     * @param customerAccountId the account that booked the order
     * @param workerAccountId   the account of the worker who accepted it
     * @param acceptedAt        when the worker accepted it
     * @param completedAt       when the service was completed, or the order otherwise ended (cancelled); empty while it runs
     */
    record OrderParticipants(UUID orderId, UUID customerAccountId, UUID workerAccountId, Instant acceptedAt,
                             Optional<Instant> completedAt) {
    }
}
