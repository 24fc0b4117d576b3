package org.shangmen.billing.application.port.in;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.domain.Payment;
import org.shangmen.billing.domain.PaymentChannel;
import org.shangmen.kernel.DomainException;

/** C4.2: a customer pays an order awaiting payment; the amount is always what the order says is due. */
public interface PayOrders {

    /**
     * Opens a payment of what is due on the customer's order. The same idempotency key with the same
     * request answers the payment made the first time ({@code replayed}); with a different request it
     * is refused (422).
     */
    Started start(StartPayment command);

    /** One of the customer's payments; someone else's is {@code billing.payment-not-found}. */
    Payment payment(UUID customerId, UUID paymentId);

    /** The customer's payments of an order, oldest first; someone else's order is {@code billing.order-not-found}. */
    List<Payment> ofOrder(UUID customerId, UUID orderId);

    record Started(Payment payment, boolean replayed) {
    }

    record StartPayment(UUID customerId, UUID orderId, PaymentChannel channel, String idempotencyKey, Optional<String> payerOpenId) {
        public StartPayment {
            if (idempotencyKey == null || idempotencyKey.isBlank()) {
                throw DomainException.invalid("billing.idempotency-key-required");
            }
            idempotencyKey = idempotencyKey.strip();
            if (idempotencyKey.length() > 64 || !idempotencyKey.matches("[A-Za-z0-9._:-]+")) {
                throw DomainException.invalid("billing.idempotency-key-invalid", 64);
            }
            if (channel == null) {
                throw DomainException.invalid("billing.channel-invalid");
            }
            payerOpenId = payerOpenId.map(String::strip).filter(s -> !s.isEmpty());
            if (payerOpenId.isPresent() && (payerOpenId.get().length() > 128 || !payerOpenId.get().matches("[A-Za-z0-9_-]+"))) {
                throw DomainException.invalid("billing.open-id-invalid");
            }
        }
    }
}
