package org.shangmen.booking.application.placement;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.application.port.out.placement.PlacementStore;
import org.shangmen.booking.domain.placement.Instalment;
import org.shangmen.booking.domain.placement.Placement;
import org.shangmen.booking.domain.placement.PlacementStatus;
import org.shangmen.kernel.DomainException;
import org.springframework.transaction.annotation.Transactional;

/**
 * C4.2 a placement is paid through billing like an order, under its own id: what it owes now is its
 * next instalment (the deposit, then each period, then extensions), one payment each. Any other id is
 * an order, answered by the orders' payments.
 */
public class PlacementPaymentService implements OrderPayments {

    private final PlacementStore placements;
    private final OrderPayments orders;
    private final Clock clock;

    public PlacementPaymentService(PlacementStore placements, OrderPayments orders, Clock clock) {
        this.placements = placements;
        this.orders = orders;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PayableOrder payable(UUID orderId) {
        Optional<Placement> found = placements.find(orderId);
        if (found.isEmpty()) {
            return orders.payable(orderId);
        }
        Placement p = found.get();
        long total = p.instalments().stream().filter(i -> i.status() != Instalment.Status.VOID).mapToLong(Instalment::amountFen).sum();
        long due = p.nextDue().map(Instalment::amountFen).orElse(0L);
        return new PayableOrder(p.id(), p.customerId(), status(p.status()), total, 0, p.paidFen(), due, Optional.empty(), p.workerId(),
                List.of(p.itemCode()), p.district().value(), p.itemName() + " " + p.startsOn() + "–" + p.endsOn());
    }

    @Override
    @Transactional
    public void markPaid(UUID orderId, String paymentReference, long amountFen) {
        Optional<Placement> found = placements.find(orderId);
        if (found.isEmpty()) {
            orders.markPaid(orderId, paymentReference, amountFen);
            return;
        }
        if (paymentReference == null || paymentReference.isBlank() || paymentReference.length() > 64 || amountFen <= 0) {
            throw DomainException.invalid("booking.payment-reference-invalid");
        }
        if (placements.hasPayment(paymentReference)) {
            return;
        }
        Placement paid = found.get().pay(paymentReference, amountFen, clock.instant());
        if (!placements.update(paid)) {
            throw DomainException.conflict("booking.placement-changed");
        }
    }

    static OrderStatus status(PlacementStatus status) {
        return switch (status) {
            case INTERVIEWING -> OrderStatus.AWAITING_ACCEPTANCE;
            case CONTRACTED -> OrderStatus.AWAITING_PAYMENT;
            case ACTIVE -> OrderStatus.IN_SERVICE;
            case ENDED -> OrderStatus.COMPLETED;
            case CANCELLED -> OrderStatus.CANCELLED;
        };
    }
}
