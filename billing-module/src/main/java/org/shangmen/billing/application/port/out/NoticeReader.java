package org.shangmen.billing.application.port.out;

import java.util.Map;
import java.util.Optional;

/**
 * Verifies and reads a provider's asynchronous notice (callback) over its exact raw body. Answers empty
 * when the signature, timestamp, decryption, merchant or app do not check out: such a notice is refused.
 */
public interface NoticeReader {

    String provider();

    /** @param headers the request headers, names in lower case */
    Optional<VerifiedNotice> read(Map<String, String> headers, String rawBody);

    sealed interface VerifiedNotice permits PaymentNotice, RefundNotice {
    }

    record PaymentNotice(PaymentGateway.ProviderPayment payment) implements VerifiedNotice {
    }

    record RefundNotice(PaymentGateway.ProviderRefund refund) implements VerifiedNotice {
    }
}
