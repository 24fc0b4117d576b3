package org.shangmen.booking.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.api.event.AddOnApproved;
import org.shangmen.kernel.DomainException;

/** An add-on item or price difference found on site (加项 / 补差价), proposed by the worker, decided by the customer. */
public record AddOn(UUID id, UUID orderId, String description, long amountFen, Status status, Instant proposedAt,
                    Optional<Instant> decidedAt) {

    public enum Status { PROPOSED, APPROVED, REFUSED }

    /** No single add-on may exceed this (5 000 yuan); larger work is a new order. */
    public static final long MAX_FEN = 500_000;

    /** The customer's decision: the add-on decided, the order with the add-on in its cost when approved, and the events. */
    public record Decided(AddOn addOn, Optional<Order> order, List<Object> events) {
        public Decided {
            events = List.copyOf(events);
        }
    }

    /** The worker proposes an add-on on a paid order or during the service. */
    public static AddOn propose(Order order, UUID id, String description, long amountFen, Instant at) {
        if (order.status() != OrderStatus.IN_SERVICE && order.status() != OrderStatus.PAID) {
            throw DomainException.conflict("booking.add-on-not-allowed");
        }
        return new AddOn(id, order.id(), description, amountFen, Status.PROPOSED, at, Optional.empty());
    }

    public Decided decide(Order order, boolean approve, Instant at) {
        if (status != Status.PROPOSED) {
            throw DomainException.conflict("booking.add-on-decided");
        }
        AddOn decided = new AddOn(id, orderId, description, amountFen, approve ? Status.APPROVED : Status.REFUSED, proposedAt,
                Optional.of(at));
        if (!approve) {
            return new Decided(decided, Optional.empty(), List.of());
        }
        return new Decided(decided, Optional.of(order.withAddOn(amountFen)), List.of(new AddOnApproved(orderId, id, order.customerId(),
                order.workerId().orElseThrow(), description, amountFen, at)));
    }
}
