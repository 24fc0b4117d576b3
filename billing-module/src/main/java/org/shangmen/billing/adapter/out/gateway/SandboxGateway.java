package org.shangmen.billing.adapter.out.gateway;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.shangmen.billing.application.port.out.PaymentGateway;

/**
 * The offline payment provider of the development, demo and test profiles: every channel "opens" a
 * payment at once, and a tester decides over REST whether it is paid or fails. It answers queries and
 * completes refunds at once, so the whole flow, reconciliation included, works without a network.
 */
public class SandboxGateway implements PaymentGateway {

    public static final String PROVIDER = "sandbox";
    /** The app id the sandbox answers with, in the place of the mini-program's. */
    static final String SANDBOX_APP_ID = "wxsandbox000000000";
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Entry(long amountFen, State state, Optional<Instant> paidAt) {
    }

    private final Map<String, Entry> payments = new ConcurrentHashMap<>();
    private final Map<String, State> refunds = new ConcurrentHashMap<>();
    private final Clock clock;

    public SandboxGateway(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public Prepared prepare(Prepare request) {
        payments.putIfAbsent(request.outTradeNo(), new Entry(request.amountFen(), State.PENDING, Optional.empty()));
        // The same arguments as WeChat Pay's wx.requestPayment, so a client is built once; the signature is the sandbox's own.
        String timeStamp = Long.toString(clock.instant().getEpochSecond());
        String nonceStr = nonce();
        String packageValue = "prepay_id=sandbox_" + request.outTradeNo();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("appId", SANDBOX_APP_ID);
        params.put("timeStamp", timeStamp);
        params.put("nonceStr", nonceStr);
        params.put("package", packageValue);
        params.put("signType", "RSA");
        params.put("paySign", sign(SANDBOX_APP_ID + "\n" + timeStamp + "\n" + nonceStr + "\n" + packageValue + "\n"));
        params.put("sandbox", "true");
        params.put("outTradeNo", request.outTradeNo());
        return new Prepared(params);
    }

    private static String nonce() {
        StringBuilder out = new StringBuilder(32);
        for (int i = 0; i < 32; i++) {
            out.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return out.toString();
    }

    /** Not a provider's signature: a digest of WeChat Pay's signed message, so that the field is present and varies as it would. */
    private static String sign(String message) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The tester's decision: what the provider would now report about the payment; empty when it does not know it. */
    public Optional<ProviderPayment> decide(String outTradeNo, boolean paid) {
        Entry decided = payments.computeIfPresent(outTradeNo, (no, e) -> e.state() != State.PENDING ? e
                : new Entry(e.amountFen(), paid ? State.SUCCEEDED : State.FAILED, paid ? Optional.of(clock.instant()) : Optional.empty()));
        return Optional.ofNullable(decided).map(e -> report(outTradeNo, e));
    }

    @Override
    public ProviderPayment query(String outTradeNo) {
        Entry e = payments.get(outTradeNo);
        if (e == null) {
            return new ProviderPayment(outTradeNo, State.FAILED, Optional.empty(), 0, Optional.empty());
        }
        return report(outTradeNo, e);
    }

    private static ProviderPayment report(String outTradeNo, Entry e) {
        return new ProviderPayment(outTradeNo, e.state(), e.state() == State.SUCCEEDED ? Optional.of("SBX" + outTradeNo) : Optional.empty(),
                e.amountFen(), e.paidAt());
    }

    @Override
    public ProviderRefund refund(RefundCall call) {
        refunds.putIfAbsent(call.outRefundNo(), State.SUCCEEDED);
        return queryRefund(call.outRefundNo(), call.outTradeNo());
    }

    @Override
    public ProviderRefund queryRefund(String outRefundNo, String outTradeNo) {
        State state = refunds.getOrDefault(outRefundNo, State.FAILED);
        return new ProviderRefund(outRefundNo, state, Optional.of("SBX" + outRefundNo));
    }
}
