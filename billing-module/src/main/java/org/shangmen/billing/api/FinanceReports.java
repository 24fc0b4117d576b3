package org.shangmen.billing.api;

import java.time.Instant;
import java.util.Optional;

/** Financial reports whose figures are sums of the ledger (A3.2), and the ledger's own health. Amounts in fen. */
public interface FinanceReports {

    /** Revenue, refunds, promotion costs, payouts and profit for [from, until), all or one region (district or city code). */
    Report report(Instant from, Instant until, Optional<String> region);

    /** The ledger's health: the sum of every posting (0) and the entries that do not balance (0). */
    LedgerCheck ledgerCheck();

    /**
     * @param customerPaymentsFen money received from customers
     * @param commissionFen       platform revenue from completed orders
     * @param cancellationFeesFen platform revenue from cancellation fees
     * @param refundsFen          money returned to customers
     * @param promotionCostFen    what promotions cost the platform, prepaid packages' discounts included
     * @param refundExpenseFen    refunds the platform bore itself (after the order was settled)
     * @param workerEarningsFen   workers' share of completed orders
     * @param workerAdjustmentsFen operators' adjustments to workers' statements: bonuses less deductions (not by region)
     * @param workerPayoutsFen    money paid out to workers
     * @param profitFen           revenue less promotion cost, refund expense and adjustments
     * @param packageDiscountFen  of the promotion cost, what prepaid packages' discounts on visits paid from them cost
     */
    record Report(Instant from, Instant until, Optional<String> region, long customerPaymentsFen, long commissionFen,
                  long cancellationFeesFen, long revenueFen, long refundsFen, long promotionCostFen, long refundExpenseFen,
                  long workerEarningsFen, long workerAdjustmentsFen, long workerPayoutsFen, long profitFen,
                  long packageDiscountFen) {
    }

    record LedgerCheck(long grandTotalFen, long unbalancedEntries) {
    }
}
