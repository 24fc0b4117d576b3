package org.shangmen.booking.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.Actor;
import org.shangmen.booking.api.OrderDispatching.Need;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.api.QuotedItem;
import org.shangmen.booking.api.event.OrderAccepted;
import org.shangmen.booking.api.event.OrderCancelled;
import org.shangmen.booking.api.event.OrderCheckedIn;
import org.shangmen.booking.api.event.OrderCompleted;
import org.shangmen.booking.api.event.OrderPaid;
import org.shangmen.booking.api.event.OrderRescheduled;
import org.shangmen.booking.api.event.OrderReturnedToDispatch;
import org.shangmen.booking.api.event.OrderUnfilled;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.GeoPoint;
import org.shangmen.kernel.RegionCode;
import org.shangmen.kernel.TimeRange;

/**
 * An order: what the customer asked for at the quoted prices, where and when, who serves it, and the
 * policy it was placed under. Its status moves only along {@link OrderStatus#next()}; every move
 * yields the transition to record.
 *
 * @param addressDetail the door number and any directions; given to the worker only after acceptance
 * @param time          the visit: the chosen start and the basket's visit length
 * @param serviceCode   the one-time code (核销码) the customer shows the worker at the door
 * @param version       the stored version, for compare-and-set updates
 */
public record Order(UUID id, UUID customerId, OrderStatus status, RegionCode district, Optional<UUID> communityId,
                    GeoPoint place, String addressDetail, String contactName, TimeRange time, boolean asap,
                    List<QuotedItem> lines, List<Need> needs, long subtotalFen, long discountFen, long totalFen,
                    int estimatedMinutes, String requirements, Optional<UUID> preferredWorkerId, Optional<UUID> workerId,
                    Optional<String> cancelReason, OrderPolicy policy, String serviceCode, Progress progress, Instant createdAt,
                    long version) {

    public static final int MAX_ADDRESS = 100;
    public static final int MAX_CONTACT = 20;
    public static final int MAX_REQUIREMENTS = 300;
    /** A check-in farther than this from the address is recorded as an anomaly. */
    public static final long CHECK_IN_TOLERANCE_METRES = 500;

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

    /** The order after a move, the move to record and the events to publish. */
    public record Moved(Order order, Transition transition, List<Object> events) {
        public Moved {
            events = List.copyOf(events);
        }

        /** The same move announcing this event instead. */
        Moved with(Object event) {
            return new Moved(order, transition, List.of(event));
        }
    }

    /** The order after a payment of its add-ons (its status stays), and the event to publish. */
    public record Settled(Order order, OrderPaid event) {
    }

    public Transition created(Instant at) {
        return new Transition(id, Optional.empty(), status, Actor.customer(customerId), "提交需求", at);
    }

    /** What the order costs now: the total and the approved add-ons. */
    public long costFen() {
        return Math.addExact(totalFen, progress.addOnsFen());
    }

    /** What the customer owes now. */
    public long amountDueFen() {
        return Math.max(0, costFen() - progress.paidFen());
    }

    /**
     * A worker took the order: it awaits payment until the policy's payment window ends, or is paid
     * straight away when the customer had paid before (a replaced worker).
     */
    public Moved accept(UUID worker, Actor actor, String reason, Instant at) {
        return accept(worker, "", actor, reason, at);
    }

    /** As {@link #accept(UUID, Actor, String, Instant)}, announcing the worker's name to the customer. */
    public Moved accept(UUID worker, String workerName, Actor actor, String reason, Instant at) {
        boolean paid = progress.paidFen() >= totalFen && totalFen > 0;
        OrderStatus to = paid ? OrderStatus.PAID : OrderStatus.AWAITING_PAYMENT;
        require(to);
        Progress next = progress.withDeadline(paid ? Optional.empty() : Optional.of(at.plus(policy.paymentWindow())));
        return move(to, Optional.of(worker), Optional.empty(), time, next, actor, reason, at)
                .with(new OrderAccepted(id, customerId, worker, workerName, itemNames(), time.start(), time.end(), totalFen, at));
    }

    /** The worker withdrew or was replaced, or the customer asked for another: the order awaits acceptance again. */
    public Moved returnToDispatch(Actor actor, String reason, Instant at) {
        require(OrderStatus.AWAITING_ACCEPTANCE);
        return move(OrderStatus.AWAITING_ACCEPTANCE, Optional.empty(), Optional.empty(), time, progress.withDeadline(Optional.empty()),
                actor, reason, at).with(new OrderReturnedToDispatch(id, customerId, workerId.orElseThrow(), actor.kind().name(), reason, at));
    }

    /** The first payment of the whole amount due. */
    public Moved pay(long amountFen, String reference, Instant at) {
        if (status != OrderStatus.AWAITING_PAYMENT) {
            throw DomainException.conflict("booking.order-not-payable");
        }
        if (progress.paymentDeadline().isPresent() && !at.isBefore(progress.paymentDeadline().get())) {
            throw DomainException.conflict("booking.order-not-payable");
        }
        if (amountFen != amountDueFen()) {
            throw DomainException.rejected("booking.payment-amount-mismatch");
        }
        require(OrderStatus.PAID);
        return move(OrderStatus.PAID, workerId, Optional.empty(), time, progress.paid(amountFen), Actor.customer(customerId),
                "支付成功 " + reference, at).with(new OrderPaid(id, customerId, workerId.orElseThrow(), reference, amountFen, true, at));
    }

    /** A later payment settling approved add-ons; the status stays. */
    public Settled payAddOns(long amountFen, String reference, Instant at) {
        return new Settled(payAddOns(amountFen), new OrderPaid(id, customerId, workerId.orElseThrow(), reference, amountFen, false, at));
    }

    /** A later payment settling approved add-ons; the status stays. */
    public Order payAddOns(long amountFen) {
        if (status == OrderStatus.CANCELLED || status == OrderStatus.AWAITING_ACCEPTANCE || status == OrderStatus.AWAITING_PAYMENT
                || amountDueFen() == 0) {
            throw DomainException.conflict("booking.order-not-payable");
        }
        if (amountFen != amountDueFen()) {
            throw DomainException.rejected("booking.payment-amount-mismatch");
        }
        return with(status, workerId, cancelReason, time, progress.paid(amountFen));
    }

    /** The worker arrived and the customer's code matched: the service starts. */
    public Moved checkIn(String code, long distanceMetres, Instant at) {
        require(OrderStatus.IN_SERVICE);
        if (!serviceCode.equals(code)) {
            throw DomainException.rejected("booking.service-code-wrong");
        }
        String reason = distanceMetres > CHECK_IN_TOLERANCE_METRES ? "上门核销(距离服务地址 " + distanceMetres + " 米,超出范围)" : "上门核销";
        return move(OrderStatus.IN_SERVICE, workerId, Optional.empty(), time, progress.checkedIn(at, distanceMetres),
                Actor.worker(workerId.orElseThrow()), reason, at).with(new OrderCheckedIn(id, customerId, workerId.get(), itemNames(), at));
    }

    /**
     * The worker finishes the service. Refused with {@code booking.add-on-unpaid} while approved add-ons
     * are still owed: the order stays in service, showing the amount due, until the customer pays them.
     */
    public Moved checkOut(Instant at) {
        require(OrderStatus.COMPLETED);
        if (amountDueFen() > 0) {
            throw DomainException.conflict("booking.add-on-unpaid", String.format("%d.%02d", amountDueFen() / 100, amountDueFen() % 100));
        }
        return move(OrderStatus.COMPLETED, workerId, Optional.empty(), time, progress.checkedOut(at), Actor.worker(workerId.orElseThrow()),
                "服务完成", at).with(new OrderCompleted(id, customerId, workerId.get(), costFen(), progress.addOnsFen(), discountFen,
                lines.stream().map(QuotedItem::itemCode).toList(), district.value(), at));
    }

    /** Cancelled without a fee (by the platform's clock, an operator, or before anything is owed). */
    public Moved cancel(Actor actor, String reasonCode, Instant at) {
        return cancel(actor, reasonCode, 0, at);
    }

    /** What cancelling now would cost the customer, by the policy the order was placed under. */
    public long cancellationFeeFen(Instant at) {
        return policy.cancellationFee(time.start(), at, costFen(), progress.paidFen());
    }

    /** Whether the customer may still cancel: before the service starts. */
    public boolean cancellableByCustomer() {
        return status.mayMoveTo(OrderStatus.CANCELLED);
    }

    /** Until when cancelling costs nothing, by the policy the order was placed under. */
    public Instant freeCancelUntil() {
        return time.start().minus(policy.freeCancelBefore());
    }

    /** The customer cancels; the order's own policy decides the fee it keeps. */
    public Moved cancelByCustomer(String reason, Instant at) {
        return cancel(Actor.customer(customerId), reason, cancellationFeeFen(at), at);
    }

    private Moved cancel(Actor actor, String reasonCode, long feeFen, Instant at) {
        require(OrderStatus.CANCELLED);
        return move(OrderStatus.CANCELLED, workerId, Optional.of(reasonCode), time, progress.withDeadline(Optional.empty()), actor,
                reasonCode, at).with(new OrderCancelled(id, customerId, workerId, actor.kind().name(), reasonCode, progress.paidFen(), feeFen,
                at));
    }

    /** Nobody took the order: the platform cancels it and offers the customer other starts (no {@code OrderCancelled}: nothing was owed). */
    public Moved unfilled(List<Instant> alternatives, Instant at) {
        return cancel(Actor.platform(), "booking.no-worker-found", at).with(new OrderUnfilled(id, customerId, alternatives, at));
    }

    /** The visit moves to another time; the status stays. Only before the service starts. */
    public Moved reschedule(TimeRange newTime, Actor actor, String reason, Instant at) {
        return reschedule(newTime, actor, actor.kind().name(), reason, at);
    }

    /** As {@link #reschedule(TimeRange, Actor, String, Instant)}; {@code requestedBy} names who asked (a worker's request the customer consented to). */
    public Moved reschedule(TimeRange newTime, Actor actor, String requestedBy, String reason, Instant at) {
        if (status != OrderStatus.AWAITING_ACCEPTANCE && status != OrderStatus.AWAITING_PAYMENT && status != OrderStatus.PAID) {
            throw DomainException.conflict("booking.order-transition-invalid", status.label(), status.label());
        }
        Order next = with(status, workerId, cancelReason, newTime, progress);
        return new Moved(next, new Transition(id, Optional.of(status), status, actor, reason, at),
                List.of(new OrderRescheduled(id, customerId, workerId, newTime.start(), newTime.end(), requestedBy, at)));
    }

    public Order withAddOn(long amountFen) {
        if (status != OrderStatus.PAID && status != OrderStatus.IN_SERVICE) {
            throw DomainException.conflict("booking.add-on-not-allowed");
        }
        return with(status, workerId, cancelReason, time, progress.addOn(amountFen));
    }

    /** Refuses a move the state machine does not allow, with {@code booking.order-transition-invalid}. */
    public void require(OrderStatus target) {
        if (!status.mayMoveTo(target)) {
            throw DomainException.conflict("booking.order-transition-invalid", status.label(), target.label());
        }
    }

    private Moved move(OrderStatus to, Optional<UUID> worker, Optional<String> cancel, TimeRange newTime, Progress nextProgress,
                       Actor actor, String reason, Instant at) {
        return new Moved(with(to, worker, cancel, newTime, nextProgress), new Transition(id, Optional.of(status), to, actor, reason, at),
                List.of());
    }

    private Order with(OrderStatus to, Optional<UUID> worker, Optional<String> cancel, TimeRange newTime, Progress nextProgress) {
        return new Order(id, customerId, to, district, communityId, place, addressDetail, contactName, newTime, asap, lines, needs,
                subtotalFen, discountFen, totalFen, estimatedMinutes, requirements, preferredWorkerId, worker, cancel, policy,
                serviceCode, nextProgress, createdAt, version + 1);
    }

    public String itemNames() {
        return String.join("、", lines.stream().map(QuotedItem::itemName).toList());
    }
}
