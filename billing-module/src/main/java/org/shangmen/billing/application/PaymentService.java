package org.shangmen.billing.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.shangmen.billing.application.port.in.PayOrders;
import org.shangmen.billing.application.port.in.RefundPayments;
import org.shangmen.billing.application.port.in.SettlePayments;
import org.shangmen.billing.application.port.out.AnomalyStore;
import org.shangmen.billing.application.port.out.LedgerStore;
import org.shangmen.billing.application.port.out.NoticeReader;
import org.shangmen.billing.application.port.out.NoticeReader.PaymentNotice;
import org.shangmen.billing.application.port.out.NoticeReader.RefundNotice;
import org.shangmen.billing.application.port.out.NoticeReader.VerifiedNotice;
import org.shangmen.billing.application.port.out.PaymentGateway;
import org.shangmen.billing.application.port.out.PaymentGateways;
import org.shangmen.billing.application.port.out.PaymentGateway.ProviderPayment;
import org.shangmen.billing.application.port.out.PaymentGateway.ProviderRefund;
import org.shangmen.billing.application.port.out.PaymentGateway.State;
import org.shangmen.billing.application.port.out.PaymentStore;
import org.shangmen.billing.application.port.out.RefundStore;
import org.shangmen.billing.domain.Ledger;
import org.shangmen.billing.domain.LedgerAccount;
import org.shangmen.billing.domain.Payment;
import org.shangmen.billing.domain.PaymentChannel;
import org.shangmen.billing.domain.PaymentStatus;
import org.shangmen.billing.domain.Refund;
import org.shangmen.billing.domain.RefundStatus;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.booking.api.OrderPayments.PayableOrder;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.TransientDataAccessException;
import org.shangmen.billing.api.event.RefundCompleted;
import org.shangmen.identity.api.AccountContacts;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Payments and refunds (C4.2). Only a verified notice or the platform's own query settles a payment; a
 * conditional update (PENDING → SUCCEEDED) decides which of many identical notices does the work, and in
 * the same transaction the ledger entry (unique per payment) is written and the order marked paid. A
 * payment the order no longer accepts (cancelled, deadline passed, already paid) is kept and refunded.
 */
public class PaymentService implements PayOrders, SettlePayments, RefundPayments {

    private static final Logger LOG = LoggerFactory.getLogger(PaymentService.class);
    private static final Duration RECONCILE_AFTER = Duration.ofMinutes(1);
    private static final int RECONCILE_BATCH = 100;

    private final OrderPayments orders;
    private final Map<PaymentChannel, PaymentGateway> gateways;
    private final Map<String, PaymentGateway> byProvider;
    private final Map<String, NoticeReader> readers;
    private final PaymentStore payments;
    private final RefundStore refunds;
    private final LedgerStore ledger;
    private final AnomalyStore anomalies;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration defaultWindow;

    private final ApplicationEventPublisher events;
    private final AccountContacts contacts;

    public PaymentService(OrderPayments orders, PaymentGateways providers, PaymentStore payments, RefundStore refunds, LedgerStore ledger, AnomalyStore anomalies,
                          PlatformTransactionManager transactions, Clock clock, Duration defaultWindow, ApplicationEventPublisher events,
                          AccountContacts contacts) {
        this.events = events;
        this.contacts = contacts;
        this.orders = orders;
        this.gateways = providers.byChannel();
        this.byProvider = new LinkedHashMap<>();
        gateways.values().forEach(g -> byProvider.put(g.provider(), g));
        this.readers = new LinkedHashMap<>();
        providers.readers().forEach(r -> this.readers.put(r.provider(), r));
        this.payments = payments;
        this.refunds = refunds;
        this.ledger = ledger;
        this.anomalies = anomalies;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.defaultWindow = defaultWindow;
    }

    // ---------------------------------------------------------------- paying

    /**
     * WeChat Pay charges the openid the customer has in the platform's mini-program, as identity knows it
     * from the customer's WeChat sign-in; a client's own word is taken only when identity knows none, and
     * a different one is refused.
     */
    private Optional<String> payerOpenId(StartPayment command) {
        Optional<String> known = contacts.miniProgramOpenId(command.customerId());
        if (known.isPresent()) {
            if (command.payerOpenId().isPresent() && !command.payerOpenId().equals(known)) {
                throw DomainException.rejected("billing.open-id-mismatch");
            }
            return known;
        }
        return Optional.of(command.payerOpenId().orElseThrow(() -> DomainException.invalid("billing.open-id-required")));
    }

    @Override
    public Started start(StartPayment command) {
        String hash = hash(command.orderId() + "|" + command.channel() + "|" + command.payerOpenId().orElse(""));
        Optional<Started> replay = replay(command, hash);
        if (replay.isPresent()) {
            return replay.get();
        }
        PayableOrder order = payableOf(command.customerId(), command.orderId());
        if (order.status() == OrderStatus.CANCELLED || order.amountDueFen() <= 0) {
            throw DomainException.conflict("billing.nothing-due");
        }
        Instant now = clock.instant();
        Instant expiresAt = order.paymentDeadline().filter(d -> d.isAfter(now)).orElse(now.plus(defaultWindow));
        if (order.paymentDeadline().isPresent() && !order.paymentDeadline().get().isAfter(now)) {
            throw DomainException.conflict("billing.nothing-due");
        }
        PaymentGateway gateway = gateway(command.channel());
        Optional<String> payer = command.channel() == PaymentChannel.WECHAT_PAY ? payerOpenId(command) : Optional.empty();
        UUID id = Ids.newId(clock);
        String outTradeNo = outNumber("P", id);
        PaymentGateway.Prepared prepared = gateway.prepare(new PaymentGateway.Prepare(outTradeNo, order.amountDueFen(),
                subject(order.description()), expiresAt, payer));
        Payment payment = new Payment(id, order.orderId(), command.customerId(), command.channel(), gateway.provider(), outTradeNo,
                order.amountDueFen(), 0, PaymentStatus.PENDING, Optional.empty(), Json.object(prepared.clientParams()),
                order.districtCode(), now, expiresAt, Optional.empty());
        boolean inserted = Boolean.TRUE.equals(tx.execute(s -> payments.insert(payment, command.idempotencyKey(), hash)));
        if (!inserted) {
            // A concurrent request with the same key won; answer its payment (or refuse a different request).
            return replay(command, hash).orElseThrow(() -> DomainException.conflict("billing.payment-in-progress"));
        }
        LOG.info("payment {} opened for order {} via {} ({} fen)", id, order.orderId(), gateway.provider(), payment.amountFen());
        return new Started(payment, false);
    }

    private Optional<Started> replay(StartPayment command, String hash) {
        return payments.byIdempotencyKey(command.customerId(), command.idempotencyKey()).map(keyed -> {
            if (!keyed.requestHash().equals(hash)) {
                throw DomainException.rejected("billing.idempotency-key-reused");
            }
            return new Started(keyed.payment(), true);
        });
    }

    private PayableOrder payableOf(UUID customerId, UUID orderId) {
        PayableOrder order;
        try {
            order = orders.payable(orderId);
        } catch (DomainException e) {
            if (e.kind() == org.shangmen.kernel.ErrorKind.NOT_FOUND) {
                throw DomainException.notFound("billing.order-not-found");
            }
            throw e;
        }
        if (!order.customerId().equals(customerId)) {
            throw DomainException.notFound("billing.order-not-found");
        }
        return order;
    }

    @Override
    public Payment payment(UUID customerId, UUID paymentId) {
        return payments.find(paymentId).filter(p -> p.customerId().equals(customerId))
                .orElseThrow(() -> DomainException.notFound("billing.payment-not-found"));
    }

    @Override
    public List<Payment> ofOrder(UUID customerId, UUID orderId) {
        List<Payment> found = payments.ofOrder(orderId);
        if (found.isEmpty()) {
            payableOf(customerId, orderId);
            return List.of();
        }
        if (!found.get(0).customerId().equals(customerId)) {
            throw DomainException.notFound("billing.order-not-found");
        }
        return found;
    }

    // ---------------------------------------------------------------- settling

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
            case RefundNotice r -> settleRefund(r.refund());
        }
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
            case FAILED -> retrying(() -> tx.execute(s -> payments.fail(payment.id(), clock.instant())));
            case SUCCEEDED -> succeed(payment, reported);
        }
    }

    private void succeed(Payment payment, ProviderPayment reported) {
        String txn = reported.transactionId().orElse(payment.outTradeNo());
        Instant paidAt = reported.paidAt().orElse(clock.instant());
        if (reported.amountFen() != payment.amountFen()) {
            boolean first = Boolean.TRUE.equals(retrying(() -> tx.execute(s -> {
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
            outcome = Optional.ofNullable(retrying(() -> tx.execute(s -> {
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
            outcome = Optional.ofNullable(retrying(() -> tx.execute(s -> recordSuccess(payment, txn, paidAt)
                    ? new Outcome(false, openLateRefund(payment, s)) : null)));
        }
        if (outcome.isEmpty()) {
            return;
        }
        if (outcome.get().orderPaid()) {
            LOG.info("payment {} succeeded; order {} paid", payment.id(), payment.orderId());
        } else if (outcome.get().refund() != null) {
            send(outcome.get().refund());
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

    private Refund openLateRefund(Payment payment, org.springframework.transaction.TransactionStatus status) {
        return open(payment.id(), payment.amountFen(), "late or surplus payment", "LATE_PAYMENT:" + payment.id(), Optional.empty(),
                status);
    }

    @Override
    public int reconcile() {
        Instant before = clock.instant().minus(RECONCILE_AFTER);
        int settled = 0;
        for (Payment p : payments.pending(before, RECONCILE_BATCH)) {
            PaymentGateway gateway = byProvider.get(p.provider());
            if (gateway == null) {
                continue;
            }
            try {
                ProviderPayment reported = gateway.query(p.outTradeNo());
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
            if (send(r)) {
                settled++;
            }
        }
        return settled;
    }

    // ---------------------------------------------------------------- refunds

    @Override
    public Refund refund(UUID paymentId, long amountFen, String reason, String requestKey, Optional<UUID> operatorId) {
        if (amountFen <= 0) {
            throw DomainException.invalid("billing.refund-amount-invalid");
        }
        Optional<Refund> existing = refunds.byRequestKey(requestKey);
        if (existing.isPresent()) {
            return existing.get();
        }
        payments.find(paymentId).orElseThrow(() -> DomainException.notFound("billing.payment-not-found"));
        Refund opened = retrying(() -> tx.execute(s -> open(paymentId, amountFen, reason, requestKey, operatorId, s)));
        if (opened == null) {
            return refunds.byRequestKey(requestKey).orElseThrow(() -> DomainException.conflict("billing.refund-in-progress"));
        }
        send(opened);
        return refunds.find(opened.id()).orElse(opened);
    }

    /**
     * Inside a transaction: reserves the amount on the payment (refused past what was paid) and saves the
     * refund with its number before any provider hears of it. Answers the refund made earlier under the
     * same request key, or null when a concurrent request with that key is saving it.
     */
    private Refund open(UUID paymentId, long amountFen, String reason, String requestKey, Optional<UUID> operatorId,
                        org.springframework.transaction.TransactionStatus status) {
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
        Refund refund = new Refund(id, paymentId, payment.orderId(), outNumber("R", id), amountFen, RefundStatus.PENDING, reason,
                requestKey, operatorId, clock.instant(), Optional.empty());
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
    private boolean send(Refund refund) {
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
            settleRefund(answer);
            return true;
        } catch (RuntimeException e) {
            // Never refunded on a timeout or an error: the refund stays pending and is sent again later.
            LOG.warn("refund {} not confirmed by {}: {}; reconciliation sends it again", refund.id(), payment.provider(),
                    e.getClass().getSimpleName());
            return false;
        }
    }

    private void settleRefund(ProviderRefund reported) {
        Optional<Refund> known = refunds.byOutRefundNo(reported.outRefundNo());
        if (known.isEmpty() || known.get().status() != RefundStatus.PENDING || reported.state() == State.PENDING) {
            return;
        }
        Refund refund = known.get();
        boolean succeeded = reported.state() == State.SUCCEEDED;
        retrying(() -> tx.execute(s -> {
            Instant now = clock.instant();
            if (!refunds.settle(refund.id(), succeeded, reported.refundId(), now)) {
                return false;
            }
            Payment payment = payments.find(refund.paymentId()).orElseThrow();
            if (succeeded) {
                long held = -ledger.orderBalance(refund.orderId(), LedgerAccount.ORDER_ESCROW);
                ledger.append(Ledger.refund(Ids.newId(clock), refund.id(), refund.orderId(), payment.districtCode(), refund.amountFen(),
                        held, now));
                events.publishEvent(new RefundCompleted(refund.id(), refund.orderId(), payment.customerId(), refund.amountFen(), now));
            } else {
                payments.releaseRefund(payment.id(), refund.amountFen(), now);
            }
            return true;
        }));
    }

    @Override
    public List<Refund> orderCancelled(UUID orderId, long paidFen, long feeFen) {
        long toRefund = Math.max(0, paidFen - Math.max(0, feeFen));
        List<Payment> paid = new ArrayList<>(payments.ofOrder(orderId).stream().filter(p -> p.status() == PaymentStatus.SUCCEEDED).toList());
        long fee = Math.min(Math.max(0, feeFen), paidFen);
        if (fee > 0 && !paid.isEmpty()) {
            String district = paid.get(0).districtCode();
            retrying(() -> tx.execute(s -> ledger.append(Ledger.cancellationFee(Ids.newId(clock), orderId, district, fee, clock.instant()))));
        }
        paid.sort(Comparator.comparing(Payment::createdAt).reversed());
        List<Refund> made = new ArrayList<>();
        // Late payments are refunded on their own; only what the order counted as paid is refunded here.
        for (Payment p : paid) {
            if (toRefund <= 0) {
                break;
            }
            String key = "CANCELLATION:" + orderId + ":" + p.id();
            Optional<Refund> earlier = refunds.byRequestKey(key);
            if (earlier.isPresent()) {
                toRefund -= earlier.get().amountFen();
                made.add(earlier.get());
                continue;
            }
            if (refunds.byRequestKey("LATE_PAYMENT:" + p.id()).isPresent()) {
                continue;
            }
            long available = p.amountFen() - p.refundedFen();
            long amount = Math.min(available, toRefund);
            if (amount > 0) {
                made.add(refund(p.id(), amount, "order cancelled", key, Optional.empty()));
                toRefund -= amount;
            }
        }
        return made;
    }

    @Override
    public List<Refund> ofOrder(UUID orderId) {
        return refunds.ofOrder(orderId);
    }

    // ---------------------------------------------------------------- helpers

    private PaymentGateway gateway(PaymentChannel channel) {
        PaymentGateway gateway = gateways.get(channel);
        if (gateway == null) {
            throw DomainException.rejected("billing.channel-unavailable", channel.name());
        }
        return gateway;
    }

    /** A serialization failure or deadlock between identical notices is repeated; the loser then sees the winner's work. */
    private <T> T retrying(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (TransientDataAccessException | org.jdbi.v3.core.statement.UnableToExecuteStatementException e) {
                if (attempt >= 5 || !transient_(e)) {
                    throw e;
                }
                try {
                    Thread.sleep(10L * attempt);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static boolean transient_(RuntimeException e) {
        if (e instanceof TransientDataAccessException) {
            return true;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                // 40001 serialization failure, 40P01 deadlock, H2 90131 concurrent update, HYT00 lock timeout
                return state != null && (state.startsWith("40") || state.equals("90131") || state.equals("HYT00"));
            }
        }
        return false;
    }

    static String outNumber(String prefix, UUID id) {
        return prefix + id.toString().replace("-", "").substring(0, 31);
    }

    private static String subject(String description) {
        String text = description == null || description.isBlank() ? "上门服务" : description.strip();
        return text.length() > 40 ? text.substring(0, 40) : text;
    }

    static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
