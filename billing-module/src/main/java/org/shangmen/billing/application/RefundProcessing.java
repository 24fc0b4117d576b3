package org.shangmen.billing.application;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.api.event.PackageRefunded;
import org.shangmen.billing.api.event.RefundCompleted;
import org.shangmen.billing.application.port.out.LedgerStore;
import org.shangmen.billing.application.port.out.PaymentGateway;
import org.shangmen.billing.application.port.out.PaymentGateway.ProviderRefund;
import org.shangmen.billing.application.port.out.PaymentGateway.State;
import org.shangmen.billing.application.port.out.PaymentGateways;
import org.shangmen.billing.application.port.out.PackageStore;
import org.shangmen.billing.application.port.out.PaymentStore;
import org.shangmen.billing.application.port.out.RefundStore;
import org.shangmen.billing.domain.Ledger;
import org.shangmen.billing.domain.LedgerAccount;
import org.shangmen.billing.domain.Payment;
import org.shangmen.billing.domain.PrepaidPackage;
import org.shangmen.billing.domain.Refund;
import org.shangmen.billing.domain.RefundStatus;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A refund's life, shared by refunding and settling: opened (the amount reserved on the payment) before
 * any provider hears of it, sent (again) to the payment's provider, settled once from the provider's answer.
 */
public class RefundProcessing {

    private static final Logger LOG = LoggerFactory.getLogger(RefundProcessing.class);

    private final Map<String, PaymentGateway> byProvider;
    private final PaymentStore payments;
    private final RefundStore refunds;
    private final LedgerStore ledger;
    private final PackageStore packages;
    private final TransactionTemplate tx;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RefundProcessing(PaymentGateways providers, PaymentStore payments, RefundStore refunds, LedgerStore ledger, PackageStore packages,
                            PlatformTransactionManager transactions, ApplicationEventPublisher events, Clock clock) {
        this.byProvider = new LinkedHashMap<>();
        providers.byChannel().values().forEach(g -> byProvider.put(g.provider(), g));
        this.payments = payments;
        this.refunds = refunds;
        this.ledger = ledger;
        this.packages = packages;
        this.tx = new TransactionTemplate(transactions);
        this.events = events;
        this.clock = clock;
    }

    Optional<PaymentGateway> gateway(String provider) {
        return Optional.ofNullable(byProvider.get(provider));
    }

    /**
     * Inside a transaction: reserves the amount on the payment (refused past what was paid) and saves the
     * refund with its number before any provider hears of it. Answers the refund made earlier under the
     * same request key, or null when a concurrent request with that key is saving it.
     */
    Refund open(UUID paymentId, long amountFen, String reason, String requestKey, Optional<UUID> operatorId, TransactionStatus status) {
        Optional<Refund> again = refunds.byRequestKey(requestKey);
        if (again.isPresent()) {
            return again.get();
        }
        Payment payment = payments.find(paymentId).orElseThrow(() -> DomainException.notFound("billing.payment-not-found"));
        if (amountFen > payment.amountFen()) {
            // bounded before any sum: the database adds it to what was refunded already
            throw DomainException.rejected("billing.refund-exceeds-payment");
        }
        UUID id = Ids.newId(clock);
        Refund refund = new Refund(id, paymentId, payment.orderId(), StartPaymentService.outNumber("R", id), amountFen,
                RefundStatus.PENDING, reason, requestKey, operatorId, clock.instant(), Optional.empty());
        if (!payments.reserveRefund(paymentId, amountFen, clock.instant())) {
            throw DomainException.rejected("billing.refund-exceeds-payment");
        }
        if (!refunds.insert(refund)) {
            status.setRollbackOnly();
            return null;
        }
        LOG.info("refund {} of {} fen on payment {} opened", id, amountFen, paymentId);
        return refund;
    }

    /** Asks the payment's provider for the refund (again); true when the refund is settled now. */
    boolean send(Refund refund) {
        if (refund.status() != RefundStatus.PENDING) {
            return false;
        }
        Payment payment = payments.find(refund.paymentId()).orElseThrow();
        PaymentGateway gateway = byProvider.get(payment.provider());
        if (gateway == null) {
            return false;
        }
        try {
            ProviderRefund answer = gateway.refund(new PaymentGateway.RefundCall(refund.outRefundNo(), payment.outTradeNo(),
                    refund.amountFen(), payment.amountFen(), refund.reason()));
            if (answer.state() == State.PENDING) {
                return false;
            }
            settle(answer);
            return true;
        } catch (RuntimeException e) {
            // Never refunded on a timeout or an error: the refund stays pending and is sent again later.
            LOG.warn("refund {} not confirmed by {}: {}; reconciliation sends it again", refund.id(), payment.provider(),
                    e.getClass().getSimpleName());
            return false;
        }
    }

    /** The provider's word on a refund: it succeeded (the ledger pays it out of escrow) or failed (the reserved amount is free again). */
    void settle(ProviderRefund reported) {
        Optional<Refund> known = refunds.byOutRefundNo(reported.outRefundNo());
        if (known.isEmpty() || known.get().status() != RefundStatus.PENDING || reported.state() == State.PENDING) {
            return;
        }
        Refund refund = known.get();
        boolean succeeded = reported.state() == State.SUCCEEDED;
        TransientRetry.run(() -> tx.execute(s -> {
            Instant now = clock.instant();
            if (!refunds.settle(refund.id(), succeeded, reported.refundId(), now)) {
                return false;
            }
            Payment payment = payments.find(refund.paymentId()).orElseThrow();
            if (succeeded) {
                long held = -ledger.orderBalance(refund.orderId(), LedgerAccount.ORDER_ESCROW);
                ledger.append(Ledger.refund(Ids.newId(clock), refund.id(), refund.orderId(), payment.districtCode(), refund.amountFen(),
                        held, now));
                Optional<PrepaidPackage> pkg = packages.find(refund.orderId());
                if (pkg.isPresent()) {
                    // A prepaid package's refund is not an order's: told apart, so that nobody looks for an order of that id.
                    events.publishEvent(new PackageRefunded(refund.id(), pkg.get().id(), pkg.get().customerId(), pkg.get().seriesId(),
                            pkg.get().description(), refund.amountFen(), now));
                } else {
                    events.publishEvent(new RefundCompleted(refund.id(), refund.orderId(), payment.customerId(), refund.amountFen(), now));
                }
            } else {
                payments.releaseRefund(payment.id(), refund.amountFen(), now);
            }
            return true;
        }));
    }
}
