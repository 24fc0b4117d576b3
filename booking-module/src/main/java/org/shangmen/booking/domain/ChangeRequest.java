package org.shangmen.booking.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.api.event.TimeChangeClosed;
import org.shangmen.booking.api.event.TimeChangeDecided;
import org.shangmen.booking.api.event.TimeChangeRequested;
import org.shangmen.booking.api.event.TimeChangeReviewed;
import org.shangmen.kernel.DomainException;

/**
 * A worker's request to move an order's time (W2.3): an operator reviews it, then the customer
 * consents; refused or expired requests change nothing. Each step answers the request's next state
 * and the events to publish; the store applies it only if the request is still where it was.
 */
public record ChangeRequest(UUID id, UUID orderId, UUID workerId, Instant proposedStart, String reason, Status status,
                            Instant createdAt, Instant expiresAt, Optional<UUID> reviewedBy, Optional<String> reviewNote,
                            Optional<Instant> decidedAt) {

    public static final int MAX_REASON = 200;

    /** CLOSED: the order was cancelled, completed or given back to dispatch while the request was open. */
    public enum Status { AWAITING_REVIEW, AWAITING_CUSTOMER, APPLIED, REFUSED, EXPIRED, CLOSED }

    /** A step of the request: its next state, the state it left, and the events to publish. */
    public record Decision(ChangeRequest request, Status from, List<Object> events) {
        public Decision {
            events = List.copyOf(events);
        }
    }

    public boolean isOpen() {
        return status == Status.AWAITING_REVIEW || status == Status.AWAITING_CUSTOMER;
    }

    /**
     * The order's worker asks to move the time: only for an accepted order not yet started, before the
     * order's policy closes the window, and with no other request open.
     */
    public static Decision propose(Order order, UUID id, Instant proposedStart, String reason, boolean anotherOpen, Instant at) {
        if (order.status() != OrderStatus.AWAITING_PAYMENT && order.status() != OrderStatus.PAID) {
            throw DomainException.conflict("booking.change-not-allowed");
        }
        Instant windowEnds = order.time().start().minus(order.policy().workerChangeBefore());
        if (!at.isBefore(windowEnds)) {
            throw DomainException.conflict("booking.change-too-late");
        }
        if (anotherOpen) {
            throw DomainException.conflict("booking.change-pending");
        }
        UUID worker = order.workerId().orElseThrow();
        ChangeRequest request = new ChangeRequest(id, order.id(), worker, proposedStart, reason, Status.AWAITING_REVIEW, at, windowEnds,
                Optional.empty(), Optional.empty(), Optional.empty());
        return new Decision(request, Status.AWAITING_REVIEW,
                List.of(new TimeChangeRequested(order.id(), id, order.customerId(), worker, proposedStart, reason, at)));
    }

    /** Whether the customer's or the operator's answer came too late. */
    public boolean expiredAt(Instant at) {
        return !at.isBefore(expiresAt);
    }

    /** An operator approves (the customer is asked next) or refuses. */
    public Decision review(Order order, UUID operatorId, boolean approve, Optional<String> note, Instant at) {
        requireOrderOpen(order);
        if (status != Status.AWAITING_REVIEW) {
            throw DomainException.conflict("booking.change-not-awaiting-review");
        }
        if (expiredAt(at)) {
            throw DomainException.conflict("booking.change-expired");
        }
        if (!approve) {
            return new Decision(next(Status.REFUSED, Optional.of(operatorId), note, at), status,
                    List.of(new TimeChangeDecided(orderId, id, order.customerId(), workerId, false, Optional.empty(), at)));
        }
        return new Decision(next(Status.AWAITING_CUSTOMER, Optional.of(operatorId), note, at), status,
                List.of(new TimeChangeReviewed(orderId, id, order.customerId(), workerId, proposedStart, expiresAt, at, reason)));
    }

    /** The customer consents (the order moves, published by the order) or refuses. */
    public Decision answer(Order order, boolean consent, Instant at) {
        requireOrderOpen(order);
        if (status != Status.AWAITING_CUSTOMER) {
            throw DomainException.conflict("booking.change-not-awaiting-customer");
        }
        if (expiredAt(at)) {
            throw DomainException.conflict("booking.change-expired");
        }
        if (!consent) {
            return new Decision(next(Status.REFUSED, Optional.empty(), Optional.of("客户不同意"), at), status,
                    List.of(new TimeChangeDecided(orderId, id, order.customerId(), workerId, false, Optional.empty(), at)));
        }
        return new Decision(next(Status.APPLIED, Optional.empty(), Optional.empty(), at), status,
                List.of(new TimeChangeDecided(orderId, id, order.customerId(), workerId, true, Optional.of(proposedStart), at)));
    }

    /**
     * The order ended or lost its worker while the request was open: it closes by itself, with the
     * order's reason as its note. Empty when the request was no longer open.
     */
    public Optional<Decision> close(Order order, String note, Instant at) {
        if (!isOpen()) {
            return Optional.empty();
        }
        return Optional.of(new Decision(next(Status.CLOSED, Optional.empty(), Optional.of(note), at), status,
                List.of(new TimeChangeClosed(orderId, id, order.customerId(), workerId, at))));
    }

    /** A request of an order that is cancelled, completed or back in dispatch is closed, whatever its stored status. */
    private void requireOrderOpen(Order order) {
        boolean sameWorker = order.workerId().equals(Optional.of(workerId));
        if (status == Status.CLOSED || !sameWorker
                || (order.status() != OrderStatus.AWAITING_PAYMENT && order.status() != OrderStatus.PAID)) {
            throw DomainException.conflict("booking.change-closed");
        }
    }

    private ChangeRequest next(Status to, Optional<UUID> reviewer, Optional<String> note, Instant at) {
        return new ChangeRequest(id, orderId, workerId, proposedStart, reason, to, createdAt, expiresAt, reviewer.or(() -> reviewedBy),
                note.or(() -> reviewNote), Optional.of(at));
    }
}
