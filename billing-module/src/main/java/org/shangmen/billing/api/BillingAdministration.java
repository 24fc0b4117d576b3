package org.shangmen.billing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What operators do with money (C4.2, A3.2): read an order's payments and refunds, refund, see payment
 * anomalies, keep commission rules, settle weeks and approve payout batches, and read financial reports
 * whose figures are sums of the ledger. Amounts in fen.
 */
public interface BillingAdministration {

    List<PaymentLine> orderPayments(UUID orderId);

    /**
     * Refunds part or all of a payment through its own channel. The same {@code requestKey} again answers
     * the first refund; {@code billing.refund-exceeds-payment} (422) when the payment's refunds would pass
     * what was paid.
     */
    RefundLine refund(UUID paymentId, long amountFen, String reason, String requestKey, UUID operatorId);

    List<AnomalyLine> anomalies();

    RuleLine addRule(NewRule rule, UUID operatorId);

    List<RuleLine> rules();

    /** Makes the week's statements (the week starting on the Monday given) of every worker with unsettled earnings. */
    List<StatementLine> settleWeek(LocalDate monday);

    List<StatementLine> statements(LocalDate monday);

    /**
     * Adds a bonus (positive) or a deduction (negative) to an open statement, with its reason. The same
     * {@code requestKey} again answers the first; {@code billing.adjustment-exceeds-payable} (422) when a
     * deduction would leave less than nothing; {@code billing.statement-paid} (409) once paid out.
     */
    StatementLine adjustStatement(UUID statementId, long amountFen, String reason, String requestKey, UUID operatorId);

    List<AdjustmentLine> adjustments(UUID statementId);

    /** Pays out every open statement of the week in one batch; a week has one batch. */
    BatchLine approvePayouts(LocalDate monday, UUID operatorId);

    /** Revenue, refunds, promotion costs, payouts and profit for [from, until), all or one region (district or city code). */
    Report report(Instant from, Instant until, Optional<String> region);

    /** The ledger's health: the sum of every posting (0) and the entries that do not balance (0). */
    LedgerCheck ledgerCheck();

    record PaymentLine(UUID paymentId, UUID orderId, String channel, String status, long amountFen, long refundedFen, Instant createdAt,
                       Optional<Instant> paidAt, List<RefundLine> refunds) {
    }

    record RefundLine(UUID refundId, UUID paymentId, UUID orderId, long amountFen, String status, String reason, Instant createdAt) {
    }

    record AnomalyLine(UUID anomalyId, UUID paymentId, String kind, long expectedFen, long receivedFen, Instant createdAt) {
    }

    /** @param tier STANDARD, GOOD or EXCELLENT; @param regionCode a district or city code */
    record NewRule(Optional<String> itemCode, Optional<String> tier, Optional<String> regionCode, int rateBp, Instant validFrom,
                   Optional<Instant> validUntil) {
    }

    record RuleLine(UUID ruleId, Optional<String> itemCode, Optional<String> tier, Optional<String> regionCode, int rateBp,
                    Instant validFrom, Optional<Instant> validUntil) {
    }

    record StatementLine(UUID statementId, UUID workerId, LocalDate weekStart, int orders, long totalFen, long commissionFen,
                         long adjustmentsFen, long payableFen, String status) {
    }

    record AdjustmentLine(UUID adjustmentId, UUID statementId, long amountFen, String reason, UUID operatorId, Instant at) {
    }

    record BatchLine(UUID batchId, LocalDate weekStart, int statements, long totalFen) {
    }

    /**
     * @param customerPaymentsFen money received from customers
     * @param commissionFen       platform revenue from completed orders
     * @param cancellationFeesFen platform revenue from cancellation fees
     * @param refundsFen          money returned to customers
     * @param promotionCostFen    what promotions cost the platform
     * @param refundExpenseFen    refunds the platform bore itself (after the order was settled)
     * @param workerEarningsFen   workers' share of completed orders
     * @param workerAdjustmentsFen operators' adjustments to workers' statements: bonuses less deductions (not by region)
     * @param workerPayoutsFen    money paid out to workers
     * @param profitFen           revenue less promotion cost, refund expense and adjustments
     */
    record Report(Instant from, Instant until, Optional<String> region, long customerPaymentsFen, long commissionFen,
                  long cancellationFeesFen, long revenueFen, long refundsFen, long promotionCostFen, long refundExpenseFen,
                  long workerEarningsFen, long workerAdjustmentsFen, long workerPayoutsFen, long profitFen) {
    }

    record LedgerCheck(long grandTotalFen, long unbalancedEntries) {
    }
}
