package org.shangmen.billing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.application.port.in.ConsumePackages;
import org.shangmen.billing.application.port.out.LedgerStore;
import org.shangmen.billing.application.port.out.PackageStore;
import org.shangmen.billing.domain.Ledger;
import org.shangmen.billing.domain.PackageVisit;
import org.shangmen.billing.domain.PrepaidPackage;
import org.shangmen.billing.domain.Refund;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.booking.api.OrderPayments.PayableOrder;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.booking.api.SeriesPackages;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * C4.2 a series' visits paid from its prepaid package. One transaction per visit locks the package,
 * claims the order (package_visit's primary key: a second claim of the same order inserts nothing),
 * moves the visit's share from the prepayment to the order's escrow and marks the order paid through
 * booking's port, as a successful payment would; a refusal anywhere rolls all of it back. A cancelled
 * visit paid from a package goes back to it whole, whatever the series' cancellation policy would
 * keep; once the package has ended, that share is refunded at once.
 */
public class PackageConsumptionService implements ConsumePackages {

    private static final Logger LOG = LoggerFactory.getLogger(PackageConsumptionService.class);

    private final PackageStore packages;
    private final SeriesPackages series;
    private final OrderPayments orders;
    private final LedgerStore ledger;
    private final RefundProcessing refunding;
    private final TransactionTemplate tx;
    private final Clock clock;

    public PackageConsumptionService(PackageStore packages, SeriesPackages series, OrderPayments orders, LedgerStore ledger,
                                     RefundProcessing refunding, PlatformTransactionManager transactions, Clock clock) {
        this.packages = packages;
        this.series = series;
        this.orders = orders;
        this.ledger = ledger;
        this.refunding = refunding;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public boolean consume(UUID orderId) {
        if (packages.visit(orderId).isPresent()) {
            return false;
        }
        Optional<UUID> seriesId = series.seriesOfOrder(orderId);
        if (seriesId.isEmpty()) {
            return false;
        }
        for (PrepaidPackage p : packages.openOfSeries(seriesId.get())) {
            if (p.status() != PrepaidPackage.Status.ACTIVE || p.visitsLeft() <= 0) {
                continue;
            }
            try {
                if (Boolean.TRUE.equals(TransientRetry.run(() -> tx.execute(s -> consume(p.id(), orderId))))) {
                    LOG.info("order {} paid from prepaid package {}", orderId, p.id());
                    return true;
                }
            } catch (DomainException refused) {
                LOG.info("order {} not paid from prepaid package {}: {}", orderId, p.id(), refused.code());
                return false;
            }
        }
        return false;
    }

    private Boolean consume(UUID packageId, UUID orderId) {
        PrepaidPackage p = packages.lock(packageId).orElseThrow();
        if (p.status() != PrepaidPackage.Status.ACTIVE || p.visitsLeft() <= 0) {
            return false;
        }
        PayableOrder order = orders.payable(orderId);
        if (order.status() != OrderStatus.AWAITING_PAYMENT || order.amountDueFen() <= 0 || order.paidFen() > 0
                || !order.customerId().equals(p.customerId())) {
            return false;
        }
        Instant now = clock.instant();
        long share = p.nextShareFen();
        if (!packages.claim(new PackageVisit(orderId, packageId, share, order.amountDueFen(), PackageVisit.Status.CONSUMED, now))) {
            return false;
        }
        packages.move(packageId, 1, share, 0);
        ledger.append(Ledger.packageVisit(Ids.newId(clock), orderId, order.districtCode(), share, order.amountDueFen(), now));
        orders.markPaid(orderId, "PKG:" + orderId, order.amountDueFen());
        return true;
    }

    @Override
    public int packagePaid(UUID packageId) {
        int paid = 0;
        Optional<PrepaidPackage> p = packages.find(packageId);
        if (p.isEmpty()) {
            return 0;
        }
        for (UUID orderId : series.visitOrders(p.get().seriesId())) {
            paid += consume(orderId) ? 1 : 0;
        }
        return paid;
    }

    @Override
    public void orderCancelled(UUID orderId) {
        Optional<PackageVisit> visit = packages.visit(orderId);
        if (visit.isEmpty() || visit.get().status() != PackageVisit.Status.CONSUMED) {
            return;
        }
        PackageVisit v = visit.get();
        Refund refund = TransientRetry.run(() -> tx.execute(s -> {
            PrepaidPackage p = packages.lock(v.packageId()).orElseThrow();
            Instant now = clock.instant();
            if (!packages.giveBack(orderId, now)) {
                return null;
            }
            ledger.append(Ledger.packageReturn(Ids.newId(clock), orderId, p.districtCode(), v.shareFen(), v.orderFen(), now));
            if (p.status() != PrepaidPackage.Status.ENDED) {
                packages.move(p.id(), -1, -v.shareFen(), 0);
                return null;
            }
            packages.move(p.id(), -1, -v.shareFen(), v.shareFen());
            ledger.append(Ledger.packageRefund(Ids.newId(clock), "RETURN:" + orderId, p.id(), p.districtCode(), v.shareFen(), now));
            return refunding.open(p.paymentId().orElseThrow(), v.shareFen(), "visit of an ended prepaid package cancelled",
                    "PACKAGE_RETURN:" + orderId, Optional.empty(), s);
        }));
        LOG.info("order {} cancelled: its visit went back to prepaid package {}", orderId, v.packageId());
        if (refund != null) {
            refunding.send(refund);
        }
    }

    @Override
    public void seriesCancelled(UUID seriesId) {
        for (PrepaidPackage p : packages.openOfSeries(seriesId)) {
            end(p.id());
        }
    }

    @Override
    public void end(UUID packageId) {
        Refund refund = TransientRetry.run(() -> tx.execute(s -> {
            PrepaidPackage p = packages.lock(packageId).orElseThrow(() -> DomainException.notFound("billing.package-not-found"));
            Instant now = clock.instant();
            if (p.status() == PrepaidPackage.Status.AWAITING_PAYMENT) {
                packages.end(packageId, PrepaidPackage.Status.CANCELLED, now);
                return null;
            }
            if (p.status() != PrepaidPackage.Status.ACTIVE || !packages.end(packageId, PrepaidPackage.Status.ENDED, now)) {
                return null;
            }
            long amount = p.remainingFen();
            if (amount <= 0) {
                return null;
            }
            packages.move(packageId, 0, 0, amount);
            ledger.append(Ledger.packageRefund(Ids.newId(clock), "END:" + packageId, packageId, p.districtCode(), amount, now));
            return refunding.open(p.paymentId().orElseThrow(), amount, "prepaid package ended", "PACKAGE_END:" + packageId,
                    Optional.empty(), s);
        }));
        if (refund != null) {
            LOG.info("prepaid package {} ended: {} fen refunded", packageId, refund.amountFen());
            refunding.send(refund);
        }
    }
}
