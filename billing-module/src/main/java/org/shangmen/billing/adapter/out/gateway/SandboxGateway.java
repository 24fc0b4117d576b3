package org.shangmen.billing.adapter.out.gateway;

import java.time.Clock;
import java.time.Instant;
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
        Map<String, String> params = new LinkedHashMap<>();
        params.put("sandbox", "true");
        params.put("outTradeNo", request.outTradeNo());
        return new Prepared(params);
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
