package org.shangmen.billing.adapter.dev;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import java.util.UUID;
import org.shangmen.billing.adapter.out.gateway.SandboxGateway;
import org.shangmen.billing.application.port.in.SettlePayments;
import org.shangmen.billing.application.port.out.NoticeReader.PaymentNotice;
import org.shangmen.billing.application.port.out.PaymentGateway.ProviderPayment;
import org.shangmen.billing.application.port.out.PaymentStore;
import org.shangmen.billing.domain.Payment;
import org.shangmen.kernel.DomainException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sandbox's buttons: a tester completes or fails a sandbox payment, which then reaches the platform
 * exactly as a provider's verified notice would. Exists only in the {@code dev} and {@code demo} profiles.
 */
@RestController
@Profile({"dev", "demo"})
@RequestMapping("/api/v1/dev/payments")
@Tag(name = "支付沙箱 Payment sandbox", description = "开发环境:模拟支付成功或失败")
class SandboxPaymentController {

    private final ObjectProvider<SandboxGateway> sandbox;
    private final PaymentStore payments;
    private final SettlePayments settle;

    SandboxPaymentController(ObjectProvider<SandboxGateway> sandbox, PaymentStore payments, SettlePayments settle) {
        this.sandbox = sandbox;
        this.payments = payments;
        this.settle = settle;
    }

    @PostMapping("/{paymentId}/complete")
    @Operation(summary = "沙箱:支付成功(如同收到支付渠道的成功通知)")
    Map<String, Object> complete(@PathVariable UUID paymentId) {
        return decide(paymentId, true);
    }

    @PostMapping("/{paymentId}/fail")
    @Operation(summary = "沙箱:支付失败")
    Map<String, Object> fail(@PathVariable UUID paymentId) {
        return decide(paymentId, false);
    }

    private Map<String, Object> decide(UUID paymentId, boolean paid) {
        SandboxGateway gateway = sandbox.getIfAvailable();
        Payment payment = payments.find(paymentId).filter(p -> gateway != null && p.provider().equals(gateway.provider()))
                .orElseThrow(() -> DomainException.notFound("billing.payment-not-found"));
        ProviderPayment reported = gateway.decide(payment.outTradeNo(), paid)
                .orElseThrow(() -> DomainException.notFound("billing.payment-not-found"));
        settle.settle(gateway.provider(), new PaymentNotice(reported));
        Payment now = payments.find(paymentId).orElseThrow();
        return Map.of("paymentId", now.id(), "status", now.status().name());
    }
}
