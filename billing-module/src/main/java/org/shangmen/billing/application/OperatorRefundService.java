package org.shangmen.billing.application;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.api.BillingAdministration;
import org.shangmen.billing.application.port.in.RefundPayments;
import org.shangmen.billing.application.port.out.AnomalyStore;
import org.shangmen.billing.application.port.out.PaymentStore;
import org.shangmen.billing.domain.Refund;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** C4.2, A3.2: operators read an order's payments and refunds, refund a payment, and see payment anomalies. */
public class OperatorRefundService implements BillingAdministration {

    private final PaymentStore payments;
    private final RefundPayments refunds;
    private final AnomalyStore anomalies;

    public OperatorRefundService(PaymentStore payments, RefundPayments refunds, AnomalyStore anomalies) {
        this.payments = payments;
        this.refunds = refunds;
        this.anomalies = anomalies;
    }

    @Override
    public List<PaymentLine> orderPayments(UUID orderId) {
        List<RefundLine> all = refunds.ofOrder(orderId).stream().map(OperatorRefundService::line).toList();
        return payments.ofOrder(orderId).stream().map(p -> new PaymentLine(p.id(), p.orderId(), p.channel().name(), p.status().name(),
                p.amountFen(), p.refundedFen(), p.createdAt(), p.paidAt(),
                all.stream().filter(r -> r.paymentId().equals(p.id())).toList())).toList();
    }

    @Override
    public RefundLine refund(UUID paymentId, long amountFen, String reason, String requestKey, UUID operatorId) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 200) {
            throw DomainException.invalid("billing.refund-reason-required", 200);
        }
        if (requestKey == null || requestKey.isBlank() || requestKey.length() > 64) {
            throw DomainException.invalid("billing.idempotency-key-required");
        }
        return line(refunds.refund(paymentId, amountFen, reason.strip(), "OPERATOR:" + requestKey.strip(), Optional.of(operatorId)));
    }

    private static RefundLine line(Refund r) {
        return new RefundLine(r.id(), r.paymentId(), r.orderId(), r.amountFen(), r.status().name(), r.reason(), r.createdAt());
    }

    @Override
    public Page<AnomalyLine> anomalies(PageRequest page) {
        return anomalies.open(page).map(a -> new AnomalyLine(a.id(), a.paymentId(), a.kind(), a.expectedFen(), a.receivedFen(),
                a.createdAt()));
    }
}
