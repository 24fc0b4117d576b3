package org.shangmen.billing.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.application.port.in.PayOrders;
import org.shangmen.billing.application.port.out.PaymentGateway;
import org.shangmen.billing.application.port.out.PaymentGateways;
import org.shangmen.billing.application.port.out.PaymentStore;
import org.shangmen.billing.domain.Payment;
import org.shangmen.billing.domain.PaymentChannel;
import org.shangmen.billing.domain.PaymentStatus;
import org.shangmen.booking.api.OrderPayments;
import org.shangmen.booking.api.OrderPayments.PayableOrder;
import org.shangmen.booking.api.OrderStatus;
import org.shangmen.identity.api.AccountContacts;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.shangmen.kernel.Ids;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * C4.2: a customer opens a payment of what the order says is due, through the channel's provider, and
 * reads the payments of an order. The same idempotency key answers the same payment.
 */
public class StartPaymentService implements PayOrders {

    private static final Logger LOG = LoggerFactory.getLogger(StartPaymentService.class);

    private final OrderPayments orders;
    private final Map<PaymentChannel, PaymentGateway> gateways;
    private final PaymentStore payments;
    private final AccountContacts contacts;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration defaultWindow;

    public StartPaymentService(OrderPayments orders, PaymentGateways providers, PaymentStore payments, AccountContacts contacts,
                               PlatformTransactionManager transactions, Clock clock, Duration defaultWindow) {
        this.orders = orders;
        this.gateways = providers.byChannel();
        this.payments = payments;
        this.contacts = contacts;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.defaultWindow = defaultWindow;
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
            if (e.kind() == ErrorKind.NOT_FOUND) {
                throw DomainException.notFound("billing.order-not-found");
            }
            throw e;
        }
        if (!order.customerId().equals(customerId)) {
            throw DomainException.notFound("billing.order-not-found");
        }
        return order;
    }

    private PaymentGateway gateway(PaymentChannel channel) {
        PaymentGateway gateway = gateways.get(channel);
        if (gateway == null) {
            throw DomainException.rejected("billing.channel-unavailable", channel.name());
        }
        return gateway;
    }

    /** The number the provider knows a payment (P…) or refund (R…) by: 32 characters, unique. */
    static String outNumber(String prefix, UUID id) {
        return prefix + id.toString().replace("-", "").substring(0, 31);
    }

    private static String subject(String description) {
        String text = description == null || description.isBlank() ? "上门服务" : description.strip();
        return text.length() > 40 ? text.substring(0, 40) : text;
    }

    private static String hash(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
