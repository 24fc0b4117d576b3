package org.shangmen.billing.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.shangmen.billing.application.port.in.SettlePayments;
import org.shangmen.billing.application.port.out.AnomalyStore;
import org.shangmen.billing.application.port.out.LedgerStore;
import org.shangmen.billing.application.port.out.NoticeReader;
import org.shangmen.billing.application.port.out.NoticeReader.PaymentNotice;
import org.shangmen.billing.application.port.out.NoticeReader.RefundNotice;
import org.shangmen.billing.application.port.out.NoticeReader.VerifiedNotice;
import org.shangmen.billing.application.port.out.PaymentGateway;
import org.shangmen.billing.application.port.out.PaymentGateway.ProviderPayment;
import org.shangmen.billing.application.port.out.PaymentGateway.State;
import org.shangmen.billing.application.port.out.PaymentGateways;
import org.shangmen.billing.application.port.out.PaymentStore;
import org.shangmen.billing.application.port.out.RefundStore;
import org.shangmen.billing.domain.Ledger;
import org.shangmen.billing.domain.Payment;
import org.shangmen.billing.domain.Refund;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.booking.api.OrderPayments.PayableOrder;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * C4.2: payments and refunds settle only from a verified notice or the platform's own query. A
 * conditional update (PENDING → SUCCEEDED) decides which of many identical notices does the work, and in
 * the same transaction the ledger entry (unique per payment) is written and the order marked paid. A
 * payment the order no longer accepts (cancelled, deadline passed, already paid) is kept and refunded.
 */
public class SettlePaymentService implements SettlePayments {

    private static final Logger LOG = LoggerFactory.getLogger(SettlePaymentService.class);
    private static final Duration RECONCILE_AFTER = Duration.ofMinutes(1);
    private static final int RECONCILE_BATCH = 100;

    private final OrderPayments orders;
    private final Map<String, NoticeReader> readers;
    private final PaymentStore payments;
    private final RefundStore refunds;
    private final LedgerStore ledger;
    private final AnomalyStore anomalies;
    private final RefundProcessing refunding;
    private final TransactionTemplate tx;
    private final Clock clock;

    public SettlePaymentService(OrderPayments orders, PaymentGateways providers, PaymentStore payments, RefundStore refunds,
                                LedgerStore ledger, AnomalyStore anomalies, RefundProcessing refunding,
                                PlatformTransactionManager transactions, Clock clock) {
        this.orders = orders;
        this.readers = new LinkedHashMap<>();
        providers.readers().forEach(r -> this.readers.put(r.provider(), r));
        this.payments = payments;
        this.refunds = refunds;
        this.ledger = ledger;
        this.anomalies = anomalies;
        this.refunding = refunding;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public boolean notice(String provider, Map<String, String> headers, String rawBody) {
        NoticeReader reader = readers.get(provider);
        if (reader == null) {
            return false;
        }
        Optional<VerifiedNotice> notice;
        try {
            notice = reader.read(headers, rawBody);
        } catch (RuntimeException e) {
            LOG.warn("payment notice from {} could not be read: {}", provider, e.getClass().getSimpleName());
            notice = Optional.empty();
        }
        if (notice.isEmpty()) {
            LOG.warn("security: payment notice from {} refused: verification failed", provider);
            return false;
        }
        settle(provider, notice.get());
        return true;
    }

    @Override
    public void settle(String provider, VerifiedNotice notice) {
        switch (notice) {
            case PaymentNotice p -> settlePayment(provider, p.payment());
            case RefundNotice r -> refunding.settle(r.refund());
        }
    }

    @Override
    public int reconcile() {
        Instant before = clock.instant().minus(RECONCILE_AFTER);
        int settled = 0;
        for (Payment p : payments.pending(before, RECONCILE_BATCH)) {
            Optional<PaymentGateway> gateway = refunding.gateway(p.provider());
            if (gateway.isEmpty()) {
                continue;
            }
            try {
                ProviderPayment reported = gateway.get().query(p.outTradeNo());
                if (reported.state() == State.PENDING && clock.instant().isAfter(p.expiresAt().plus(RECONCILE_AFTER))) {
                    reported = new ProviderPayment(p.outTradeNo(), State.FAILED, Optional.empty(), 0, Optional.empty());
                }
                if (reported.state() != State.PENDING) {
                    settlePayment(p.provider(), reported);
                    settled++;
                }
            } catch (RuntimeException e) {
                LOG.warn("payment {} could not be queried at {}: {}", p.id(), p.provider(), e.getClass().getSimpleName());
            }
        }
        for (Refund r : refunds.pending(before, RECONCILE_BATCH)) {
            // Sending the same refund number again is the same refund at the provider, and also covers a
            // refund whose first call never left (a crash, a timeout): it answers the refund's state.
            if (refunding.send(r)) {
                settled++;
            }
        }
        return settled;
    }

    private void settlePayment(String provider, ProviderPayment reported) {
        Optional<Payment> known = payments.byOutTradeNo(reported.outTradeNo());
        if (known.isEmpty() || !known.get().provider().equals(provider)) {
            LOG.warn("security: payment notice from {} names no payment of ours", provider);
            return;
        }
        Payment payment = known.get();
        if (payment.status().isFinal()) {
            return;
        }
        switch (reported.state()) {
            case PENDING -> { }
            case FAILED -> TransientRetry.run(() -> tx.execute(s -> payments.fail(payment.id(), clock.instant())));
            case SUCCEEDED -> succeed(payment, reported);
        }
    }

    private void succeed(Payment payment, ProviderPayment reported) {
        String txn = reported.transactionId().orElse(payment.outTradeNo());
        Instant paidAt = reported.paidAt().orElse(clock.instant());
        if (reported.amountFen() != payment.amountFen()) {
            boolean first = Boolean.TRUE.equals(TransientRetry.run(() -> tx.execute(s -> {
                if (!payments.anomaly(payment.id(), txn, clock.instant())) {
                    return false;
                }
                anomalies.record(payment.id(), "AMOUNT_MISMATCH", payment.amountFen(), reported.amountFen(),
                        "provider reported a different amount", clock.instant());
                return true;
            })));
            if (first) {
                LOG.warn("payment {} reported with a different amount: kept as an anomaly for operators", payment.id());
            }
            return;
        }
        // One transaction: the payment succeeds, its ledger entry is written, and either the order is
        // marked paid or (the order no longer takes it) the payment's refund is opened. The loser of many
        // identical notices finds the payment no longer PENDING and does nothing.
        Optional<Outcome> outcome;
        try {
            outcome = Optional.ofNullable(TransientRetry.run(() -> tx.execute(s -> {
                if (!recordSuccess(payment, txn, paidAt)) {
                    return null;
                }
                PayableOrder order = orders.payable(payment.orderId());
                if (order.status() == OrderStatus.CANCELLED || order.amountDueFen() != payment.amountFen()) {
                    return new Outcome(false, openLateRefund(payment, s));
                }
                orders.markPaid(payment.orderId(), payment.id().toString(), payment.amountFen());
                return new Outcome(true, null);
            })));
        } catch (DomainException refused) {
            // The order refused the payment (cancelled or overdue meanwhile): that transaction rolled back.
            LOG.info("order {} refused payment {} ({}): refunding it", payment.orderId(), payment.id(), refused.code());
            outcome = Optional.ofNullable(TransientRetry.run(() -> tx.execute(s -> recordSuccess(payment, txn, paidAt)
                    ? new Outcome(false, openLateRefund(payment, s)) : null)));
        }
        if (outcome.isEmpty()) {
            return;
        }
        if (outcome.get().orderPaid()) {
            LOG.info("payment {} succeeded; order {} paid", payment.id(), payment.orderId());
        } else if (outcome.get().refund() != null) {
            refunding.send(outcome.get().refund());
        }
    }

    private record Outcome(boolean orderPaid, Refund refund) {
    }

    private boolean recordSuccess(Payment payment, String txn, Instant paidAt) {
        if (!payments.succeed(payment.id(), txn, paidAt, clock.instant())) {
            return false;
        }
        ledger.append(Ledger.payment(Ids.newId(clock), payment.id(), payment.orderId(), payment.districtCode(), payment.amountFen(),
                paidAt));
        return true;
    }

    private Refund openLateRefund(Payment payment, TransactionStatus status) {
        return refunding.open(payment.id(), payment.amountFen(), "late or surplus payment", "LATE_PAYMENT:" + payment.id(),
                Optional.empty(), status);
    }
}
