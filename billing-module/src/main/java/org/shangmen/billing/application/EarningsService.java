package org.shangmen.billing.application;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.application.port.in.EarnCommission;
import org.shangmen.billing.application.port.out.CommissionRuleStore;
import org.shangmen.billing.application.port.out.EarningStore;
import org.shangmen.billing.application.port.out.LedgerStore;
import org.shangmen.billing.domain.Commission;
import org.shangmen.billing.domain.CommissionRule;
import org.shangmen.billing.domain.Earning;
import org.shangmen.billing.domain.Ledger;
import org.shangmen.billing.domain.LedgerAccount;
import org.shangmen.billing.domain.Statement;
import org.shangmen.billing.domain.StatementAdjustment;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.worker.api.WorkerDirectory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A3.2: when an order completes, the commission rule in force then (by item, the worker's quality tier
 * from the rating, region and validity) splits its total; the earning keeps the rule and rate, and the
 * ledger releases the order's escrow to the worker's payable and the platform's revenue.
 */
public class EarningsService implements EarnCommission {

    private final CommissionRuleStore rules;
    private final EarningStore earnings;
    private final LedgerStore ledger;
    private final WorkerDirectory workers;
    private final org.shangmen.worker.api.WorkerComplaintRecord complaints;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final int defaultRateBp;

    public EarningsService(CommissionRuleStore rules, EarningStore earnings, LedgerStore ledger, WorkerDirectory workers,
                           org.shangmen.worker.api.WorkerComplaintRecord complaints, PlatformTransactionManager transactions,
                           Clock clock, int defaultRateBp) {
        this.complaints = complaints;
        this.rules = rules;
        this.earnings = earnings;
        this.ledger = ledger;
        this.workers = workers;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.defaultRateBp = defaultRateBp;
    }

    @Override
    public Earning completed(Completion c) {
        Optional<Earning> known = earnings.ofOrder(c.orderId());
        if (known.isPresent()) {
            return known.get();
        }
        int rating = workers.card(c.workerId()).map(WorkerDirectory.WorkerCard::ratingTenths).orElse(0);
        List<CommissionRule> all = rules.all();
        int complaintRate = complaints.standing(c.workerId()).ratePermille();
        Commission.Split split = Commission.split(all, c.itemCodes(), org.shangmen.billing.domain.QualityTier.of(rating, complaintRate),
                c.districtCode(), c.totalFen(), c.at(), defaultRateBp);
        Earning earning = new Earning(c.orderId(), c.workerId(), c.totalFen(), split.commissionFen(), split.payableFen(), split.rateBp(),
                split.rule().map(CommissionRule::id), split.tier(), c.itemCodes(), c.districtCode(), c.at(), Optional.empty());
        tx.executeWithoutResult(s -> {
            if (earnings.insert(earning)) {
                if (c.totalFen() != 0) {
                    ledger.append(Ledger.completion(Ids.newId(clock), c.orderId(), c.districtCode(), c.workerId(), c.totalFen(),
                            split.commissionFen(), c.discountFen(), c.at()));
                }
            }
        });
        return earnings.ofOrder(c.orderId()).orElse(earning);
    }

    @Override
    public Page<Earning> earnings(UUID workerId, PageRequest page) {
        return earnings.ofWorker(workerId, page);
    }

    @Override
    public Page<Statement> statements(UUID workerId, PageRequest page) {
        return earnings.statementsOfWorker(workerId, page);
    }

    @Override
    public List<StatementAdjustment> adjustments(UUID statementId) {
        return earnings.adjustmentsOf(statementId);
    }

    @Override
    public long balanceFen(UUID workerId) {
        return -ledger.balance(LedgerAccount.WORKER_PAYABLE, Optional.of(workerId));
    }
}
