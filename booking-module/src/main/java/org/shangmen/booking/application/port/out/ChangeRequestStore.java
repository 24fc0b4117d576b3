package org.shangmen.booking.application.port.out;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.domain.ChangeRequest;
import org.shangmen.booking.domain.Order;

/** Workers' requests to move an order's time. */
public interface ChangeRequestStore {

    void add(ChangeRequest request);

    Optional<ChangeRequest> find(UUID requestId);

    List<ChangeRequest> ofOrder(UUID orderId);

    /** Moves a request from one status to another; false when it had moved already. */
    boolean move(UUID requestId, ChangeRequest.Status from, ChangeRequest.Status to, Optional<UUID> reviewer, Optional<String> note,
                 Instant at);

    /** Applies a step of a request if it is still where the step found it; false when it had moved already. */
    default boolean apply(ChangeRequest.Decision decision) {
        ChangeRequest next = decision.request();
        return move(next.id(), decision.from(), next.status(), next.reviewedBy(), next.reviewNote(), next.decidedAt().orElseThrow());
    }

    /**
     * Closes the order's open requests (its order ended or lost its worker), with the note as their
     * reason; answers the events to publish.
     */
    default List<Object> closeOpen(Order order, String note, Instant at) {
        List<Object> closed = new ArrayList<>();
        for (ChangeRequest request : ofOrder(order.id())) {
            request.close(order, note, at).filter(this::apply).ifPresent(d -> closed.addAll(d.events()));
        }
        return closed;
    }

    /** Requests awaiting review, oldest first. */
    List<ChangeRequest> awaitingReview(int limit);
}
