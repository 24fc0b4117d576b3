package org.shangmen.booking.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.Actor;
import org.shangmen.booking.api.OrderDispatching.Need;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.TimeRange;

/**
 * An order: what the customer asked for at the quoted prices, where and when, and who serves it. Its
 * status moves only along {@link OrderStatus#next()}; every move yields the transition to record.
 *
 * @param addressDetail the door number and any directions; given to the worker only after acceptance
 * @param time          the visit: the chosen start and the basket's visit length
 * @param version       the stored version, for compare-and-set updates
 */
public record Order(UUID id, UUID customerId, OrderStatus status, RegionCode district, Optional<UUID> communityId,
                    GeoPoint place, String addressDetail, String contactName, TimeRange time, boolean asap,
                    List<QuotedItem> lines, List<Need> needs, long subtotalFen, long discountFen, long totalFen,
                    int estimatedMinutes, String requirements, Optional<UUID> preferredWorkerId, Optional<UUID> workerId,
                    Optional<String> cancelReason, Instant createdAt, long version) {

    public static final int MAX_ADDRESS = 100;
    public static final int MAX_CONTACT = 20;
    public static final int MAX_REQUIREMENTS = 300;

    public Order {
        lines = List.copyOf(lines);
        needs = List.copyOf(needs);
        if (totalFen != subtotalFen - discountFen || totalFen < 0) {
            throw new IllegalArgumentException("an order's total is its subtotal less its discount");
        }
        boolean needsWorker = switch (status) {
            case AWAITING_PAYMENT, PAID, IN_SERVICE, COMPLETED -> true;
            case AWAITING_ACCEPTANCE -> false;
            case CANCELLED -> workerId.isPresent();
        };
        if (workerId.isPresent() != needsWorker) {
            throw new IllegalArgumentException("an accepted order has a worker; one awaiting acceptance has none");
        }
    }

    /** One recorded move: from (empty for the order's creation) to, by whom, why and when. */
    public record Transition(UUID orderId, Optional<OrderStatus> from, OrderStatus to, Actor actor, String reason, Instant at) {
    }

    /** The order after a move, and the move to record. */
    public record Moved(Order order, Transition transition) {
    }

    public Transition created(Instant at) {
        return new Transition(id, Optional.empty(), status, Actor.customer(customerId), "提交需求", at);
    }

    /** A worker took the order: it awaits payment. */
    public Moved accept(UUID worker, Actor actor, String reason, Instant at) {
        require(OrderStatus.AWAITING_PAYMENT);
        return move(OrderStatus.AWAITING_PAYMENT, Optional.of(worker), Optional.empty(), actor, reason, at);
    }

    /** The worker withdrew or was replaced before payment: the order awaits acceptance again. */
    public Moved returnToDispatch(Actor actor, String reason, Instant at) {
        require(OrderStatus.AWAITING_ACCEPTANCE);
        return move(OrderStatus.AWAITING_ACCEPTANCE, Optional.empty(), Optional.empty(), actor, reason, at);
    }

    public Moved cancel(Actor actor, String reasonCode, Instant at) {
        require(OrderStatus.CANCELLED);
        return move(OrderStatus.CANCELLED, workerId, Optional.of(reasonCode), actor, reasonCode, at);
    }

    /** Refuses a move the state machine does not allow, with {@code booking.order-transition-invalid}. */
    public void require(OrderStatus target) {
        if (!status.mayMoveTo(target)) {
            throw DomainException.conflict("booking.order-transition-invalid", status.label(), target.label());
        }
    }

    private Moved move(OrderStatus to, Optional<UUID> worker, Optional<String> cancel, Actor actor, String reason, Instant at) {
        Order next = new Order(id, customerId, to, district, communityId, place, addressDetail, contactName, time, asap, lines,
                needs, subtotalFen, discountFen, totalFen, estimatedMinutes, requirements, preferredWorkerId, worker, cancel,
                createdAt, version + 1);
        return new Moved(next, new Transition(id, Optional.of(status), to, actor, reason, at));
    }

    public String itemNames() {
        return String.join("、", lines.stream().map(QuotedItem::itemName).toList());
    }
}
