package org.shangmen.billing.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.application.port.in.RefundPayments;
import org.shangmen.billing.application.port.out.LedgerStore;
import org.shangmen.billing.application.port.out.PaymentStore;
import org.shangmen.billing.application.port.out.RefundStore;
import org.shangmen.billing.domain.Ledger;
import org.shangmen.billing.domain.Payment;
import org.shangmen.billing.domain.PaymentStatus;
import org.shangmen.billing.domain.Refund;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** C4.2, A3.2: refunds through the payment's own channel, after a cancellation or on an operator's decision. */
public class RefundService implements RefundPayments {

    private final PaymentStore payments;
    private final RefundStore refunds;
    private final LedgerStore ledger;
    private final RefundProcessing refunding;
    private final TransactionTemplate tx;
    private final Clock clock;

    public RefundService(PaymentStore payments, RefundStore refunds, LedgerStore ledger, RefundProcessing refunding,
                         PlatformTransactionManager transactions, Clock clock) {
        this.payments = payments;
        this.refunds = refunds;
        this.ledger = ledger;
        this.refunding = refunding;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

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
        Refund opened = TransientRetry.run(() -> tx.execute(s -> refunding.open(paymentId, amountFen, reason, requestKey, operatorId, s)));
        if (opened == null) {
            return refunds.byRequestKey(requestKey).orElseThrow(() -> DomainException.conflict("billing.refund-in-progress"));
        }
        refunding.send(opened);
        return refunds.find(opened.id()).orElse(opened);
    }

    @Override
    public List<Refund> orderCancelled(UUID orderId, long paidFen, long feeFen) {
        long toRefund = Math.max(0, paidFen - Math.max(0, feeFen));
        List<Payment> paid = new ArrayList<>(payments.ofOrder(orderId).stream().filter(p -> p.status() == PaymentStatus.SUCCEEDED).toList());
        long fee = Math.min(Math.max(0, feeFen), paidFen);
        if (fee > 0 && !paid.isEmpty()) {
            String district = paid.get(0).districtCode();
            TransientRetry.run(() -> tx.execute(s -> ledger.append(Ledger.cancellationFee(Ids.newId(clock), orderId, district, fee,
                    clock.instant()))));
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
}
