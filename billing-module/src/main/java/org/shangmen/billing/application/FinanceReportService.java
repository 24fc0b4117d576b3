package org.shangmen.billing.application;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.shangmen.billing.api.FinanceReports;
import org.shangmen.billing.application.port.out.LedgerStore;
import org.shangmen.billing.domain.EntryKind;
import org.shangmen.billing.domain.LedgerAccount;
import org.shangmen.kernel.DomainException;

/** A3.2: financial reports as sums of the ledger, and the ledger's balance check. */
public class FinanceReportService implements FinanceReports {

    private final LedgerStore ledger;

    public FinanceReportService(LedgerStore ledger) {
        this.ledger = ledger;
    }

    @Override
    public Report report(Instant from, Instant until, Optional<String> region) {
        if (from == null || until == null || !until.isAfter(from)) {
            throw DomainException.invalid("billing.period-invalid");
        }
        if (region.isPresent() && !region.get().matches("[1-9][0-9]{5}")) {
            throw DomainException.invalid("billing.region-invalid");
        }
        Map<LedgerAccount, Map<EntryKind, Long>> sums = ledger.sums(from, until, region);
        long payments = sum(sums, LedgerAccount.CASH, EntryKind.PAYMENT);
        long commission = -sum(sums, LedgerAccount.PLATFORM_REVENUE, EntryKind.COMMISSION);
        long fees = -sum(sums, LedgerAccount.PLATFORM_REVENUE, EntryKind.CANCELLATION_FEE);
        long refundsOut = -sum(sums, LedgerAccount.CASH, EntryKind.REFUND);
        long promotion = sum(sums, LedgerAccount.PROMOTION_COST, null);
        long refundExpense = sum(sums, LedgerAccount.REFUND_EXPENSE, null);
        long workerEarnings = -sum(sums, LedgerAccount.WORKER_PAYABLE, EntryKind.COMMISSION);
        long payouts = -sum(sums, LedgerAccount.CASH, EntryKind.PAYOUT);
        long adjustments = sum(sums, LedgerAccount.PLATFORM_REVENUE, EntryKind.ADJUSTMENT);
        long packageDiscount = sum(sums, LedgerAccount.PROMOTION_COST, EntryKind.PACKAGE_VISIT)
                + sum(sums, LedgerAccount.PROMOTION_COST, EntryKind.PACKAGE_RETURN);
        long revenue = commission + fees;
        return new Report(from, until, region, payments, commission, fees, revenue, refundsOut, promotion, refundExpense, workerEarnings,
                adjustments, payouts, revenue - promotion - refundExpense - adjustments, packageDiscount);
    }

    private static long sum(Map<LedgerAccount, Map<EntryKind, Long>> sums, LedgerAccount account, EntryKind kind) {
        Map<EntryKind, Long> byKind = sums.getOrDefault(account, Map.of());
        if (kind == null) {
            return byKind.values().stream().mapToLong(Long::longValue).sum();
        }
        return byKind.getOrDefault(kind, 0L);
    }

    @Override
    public LedgerCheck ledgerCheck() {
        return new LedgerCheck(ledger.grandTotal(), ledger.unbalancedEntries());
    }
}
