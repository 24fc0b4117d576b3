package org.shangmen.billing.application.port.out;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A payment provider for one or more channels: WeChat Pay, Alipay, a card acquirer, or the offline
 * sandbox. Calls may time out or fail; a failure never means "paid" or "refunded".
 */
public interface PaymentGateway {

    /** The provider's name as stored with each payment ({@code sandbox}, {@code wechat}, {@code alipay}). */
    String provider();

    /** Opens the payment at the provider and answers what the client needs to pay. */
    Prepared prepare(Prepare request);

    /** The provider's word on a payment (active query). */
    ProviderPayment query(String outTradeNo);

    /** Asks for a refund; the same {@code outRefundNo} again is the same refund at the provider. */
    ProviderRefund refund(RefundCall call);

    ProviderRefund queryRefund(String outRefundNo, String outTradeNo);

    /** @param payerOpenId the payer's openid under the mini-program, required by WeChat Pay JSAPI */
    record Prepare(String outTradeNo, long amountFen, String description, Instant expiresAt, Optional<String> payerOpenId) {
    }

    /** Client parameters (for WeChat Pay exactly the arguments of {@code wx.requestPayment}). */
    record Prepared(Map<String, String> clientParams) {
        public Prepared {
            clientParams = Map.copyOf(clientParams);
        }
    }

    enum State { SUCCEEDED, PENDING, FAILED }

    record ProviderPayment(String outTradeNo, State state, Optional<String> transactionId, long amountFen, Optional<Instant> paidAt) {
    }

    record RefundCall(String outRefundNo, String outTradeNo, long refundFen, long totalFen, String reason) {
    }

    record ProviderRefund(String outRefundNo, State state, Optional<String> refundId) {
    }
}
