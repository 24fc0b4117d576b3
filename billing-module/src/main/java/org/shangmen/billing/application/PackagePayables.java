package org.shangmen.billing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.api.event.PackagePaid;
import org.shangmen.billing.application.port.out.LedgerStore;
import org.shangmen.billing.application.port.out.PackageStore;
import org.shangmen.billing.domain.Ledger;
import org.shangmen.billing.domain.PrepaidPackage;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.springframework.context.ApplicationEventPublisher;

/**
 * A prepaid package is paid through the same start and notice path as an order, under the package's
 * id: what it owes is its price until it is paid. Its payment's success, in the payment's transaction,
 * makes it active and turns the money into the customer's prepayment (PACKAGE_PURCHASE). Any other id
 * is booking's.
 */
public class PackagePayables implements OrderPayments {

    static final String ITEM_CODE = "prepaid-package";

    private final OrderPayments orders;
    private final PackageStore packages;
    private final LedgerStore ledger;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public PackagePayables(OrderPayments orders, PackageStore packages, LedgerStore ledger, ApplicationEventPublisher events, Clock clock) {
        this.orders = orders;
        this.packages = packages;
        this.ledger = ledger;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public PayableOrder payable(UUID orderId) {
        Optional<PrepaidPackage> found = packages.find(orderId);
        if (found.isEmpty()) {
            return orders.payable(orderId);
        }
        PrepaidPackage p = found.get();
        OrderStatus status = switch (p.status()) {
            case AWAITING_PAYMENT -> OrderStatus.AWAITING_PAYMENT;
            case ACTIVE -> OrderStatus.PAID;
            case ENDED, CANCELLED -> OrderStatus.CANCELLED;
        };
        boolean paid = p.paymentId().isPresent();
        return new PayableOrder(p.id(), p.customerId(), status, p.priceFen(), 0, paid ? p.priceFen() : 0,
                p.status() == PrepaidPackage.Status.AWAITING_PAYMENT ? p.priceFen() : 0, Optional.empty(), Optional.empty(),
                List.of(ITEM_CODE), p.districtCode(), p.description());
    }

    @Override
    public void markPaid(UUID orderId, String paymentReference, long amountFen) {
        Optional<PrepaidPackage> found = packages.find(orderId);
        if (found.isEmpty()) {
            orders.markPaid(orderId, paymentReference, amountFen);
            return;
        }
        PrepaidPackage p = found.get();
        UUID paymentId;
        try {
            paymentId = UUID.fromString(paymentReference);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalid("billing.package-payment-invalid");
        }
        if (p.paymentId().filter(paymentId::equals).isPresent()) {
            return;
        }
        if (amountFen != p.priceFen()) {
            throw DomainException.conflict("billing.package-not-payable");
        }
        Instant now = clock.instant();
        if (!packages.activate(p.id(), paymentId, now)) {
            throw DomainException.conflict("billing.package-not-payable");
        }
        ledger.append(Ledger.packagePurchase(Ids.newId(clock), p.id(), p.districtCode(), p.priceFen(), now));
        events.publishEvent(new PackagePaid(p.id(), p.customerId(), p.seriesId(), p.priceFen(), now));
    }
}
