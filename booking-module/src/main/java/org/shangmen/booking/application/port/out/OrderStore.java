package org.shangmen.booking.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.OrderDiscounts;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.api.RejectionReason;
import org.shangmen.booking.application.port.in.QuoteBasket.BasketLine;
import org.shangmen.booking.domain.Order;
import org.shangmen.booking.domain.Order.Transition;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** Orders, their transitions and the refusals they met. Personal fields are encrypted at rest. */
public interface OrderStore {

    /**
     * Stores a new order with the basket as submitted and, when given, the customer's
     * idempotency key and a hash of the request. Throws {@link DuplicateSubmission} when the customer
     * already used the key.
     */
    void insert(Order order, List<BasketLine> basket, Optional<String> idempotencyKey, String requestHash);

    Optional<Order> find(UUID orderId);

    /** The orders of these ids that exist, in one statement. */
    List<Order> findAll(java.util.Collection<UUID> orderIds);

    /** The order; {@code booking.order-not-found} when there is none. */
    default Order get(UUID orderId) {
        return find(orderId).orElseThrow(() -> DomainException.notFound("booking.order-not-found"));
    }

    /** The customer's order; {@code booking.order-not-found} for anyone else's, so that others' orders stay invisible. */
    default Order getForCustomer(UUID customerId, UUID orderId) {
        return find(orderId).filter(o -> o.customerId().equals(customerId))
                .orElseThrow(() -> DomainException.notFound("booking.order-not-found"));
    }

    /** The order the worker serves; {@code booking.order-not-found} otherwise. */
    default Order getForWorker(UUID workerId, UUID orderId) {
        return find(orderId).filter(o -> o.workerId().equals(Optional.of(workerId)))
                .orElseThrow(() -> DomainException.notFound("booking.order-not-found"));
    }

    /** The order, for its customer, its worker or an operator ({@code operator} true); {@code booking.order-not-found} otherwise. */
    default Order getForParticipant(UUID accountId, boolean operator, UUID orderId) {
        Order order = get(orderId);
        if (!operator && !order.customerId().equals(accountId) && !order.workerId().equals(Optional.of(accountId))) {
            throw DomainException.notFound("booking.order-not-found");
        }
        return order;
    }

    /** As {@link #update(Order)}, refusing with {@code booking.order-changed} when another transaction moved the order first. */
    default void save(Order next) {
        if (!update(next)) {
            throw DomainException.conflict("booking.order-changed");
        }
    }

    /** Keeps the discounts a new order was placed with, in their order. */
    void insertDiscounts(UUID orderId, List<OrderDiscounts.Discount> discounts);

    List<OrderDiscounts.Discount> discounts(UUID orderId);

    /** Whether the customer has any order that was not cancelled. */
    boolean hasOrders(UUID customerId);

    /** The order submitted with this key by this customer, and the hash of that request. */
    Optional<Submission> findByKey(UUID customerId, String idempotencyKey);

    /**
     * Writes the order's new state if the stored version is still {@code next.version() - 1}; false
     * when another transaction moved the order first.
     */
    boolean update(Order next);

    void record(Transition transition);

    List<Transition> history(UUID orderId);

    List<BasketLine> basket(UUID orderId);

    /** Idempotent per order and worker: the first refusal stands. */
    void noteRejection(UUID orderId, UUID workerId, RejectionReason reason, Optional<String> note, Instant at);

    List<Rejection> rejections(UUID orderId);

    void saveAlternatives(UUID orderId, List<Instant> starts);

    List<Instant> alternatives(UUID orderId);

    /** What an order's detail shows besides the order, each part in its order as above. */
    record OrderRecord(List<Rejection> rejections, List<Transition> history, List<Instant> alternatives,
                       List<OrderDiscounts.Discount> discounts) {
        public OrderRecord {
            rejections = List.copyOf(rejections);
            history = List.copyOf(history);
            alternatives = List.copyOf(alternatives);
            discounts = List.copyOf(discounts);
        }
    }

    /** The refusals, transitions, other start times and discounts of an order, read in one statement. */
    default OrderRecord detailOf(UUID orderId) {
        return new OrderRecord(rejections(orderId), history(orderId), alternatives(orderId), discounts(orderId));
    }

    /** The customer's orders, newest first, optionally of one status. */
    Page<Order> ofCustomer(UUID customerId, Optional<OrderStatus> status, PageRequest page);

    /** The worker who last served the customer (a paid, running or completed order). */
    Optional<UUID> previousWorker(UUID customerId, UUID excludingOrder);

    java.util.Map<OrderStatus, Long> counts();

    /** Orders of the statuses starting before {@code startedBefore} (when given), oldest start first. */
    Page<Order> byStatus(java.util.Set<OrderStatus> statuses, Optional<Instant> startedBefore, PageRequest page);

    /** Records a payment under its unique reference; false when the reference was recorded before. */
    boolean recordPayment(String reference, UUID orderId, long amountFen, Instant at);

    /** Orders awaiting payment whose deadline has passed. */
    List<UUID> overdue(Instant now, int limit);

    /** The worker's orders, newest appointment first, optionally of one status. */
    Page<Order> ofWorker(UUID workerId, Optional<OrderStatus> status, PageRequest page);

    record Submission(UUID orderId, String requestHash) {
    }

    record Rejection(UUID workerId, RejectionReason reason, Optional<String> note, Instant at) {
    }

    /** The idempotency key was used before by the same customer. */
    final class DuplicateSubmission extends RuntimeException {
        public DuplicateSubmission() {
            super("idempotency key already used", null, false, false);
        }
    }
}
