package org.shangmen.billing.application;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.api.BillingAdministration;
import org.shangmen.billing.application.port.in.RefundPayments;
import org.shangmen.billing.application.port.out.AnomalyStore;
import org.shangmen.billing.application.port.out.CommissionRuleStore;
import org.shangmen.billing.application.port.out.EarningStore;
import org.shangmen.billing.application.port.out.LedgerStore;
import org.shangmen.billing.application.port.out.PaymentStore;
import org.shangmen.billing.domain.CommissionRule;
import org.shangmen.billing.domain.Earning;
import org.shangmen.billing.domain.EntryKind;
import org.shangmen.billing.domain.Ledger;
import org.shangmen.billing.domain.LedgerAccount;
import org.shangmen.billing.domain.QualityTier;
import org.shangmen.billing.domain.Refund;
import org.shangmen.billing.domain.Statement;
import org.shangmen.billing.domain.StatementAdjustment;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Zones;
import org.shangmen.billing.api.event.StatementReady;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Operators' side of billing (C4.2, A3.2), published to the admin module as {@link BillingAdministration}. */
public class AdministrationService implements BillingAdministration {

    private final PaymentStore payments;
    private final RefundPayments refunds;
    private final AnomalyStore anomalies;
    private final CommissionRuleStore rules;
    private final EarningStore earnings;
    private final LedgerStore ledger;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public AdministrationService(PaymentStore payments, RefundPayments refunds, AnomalyStore anomalies, CommissionRuleStore rules,
                                 EarningStore earnings, LedgerStore ledger, PlatformTransactionManager transactions, Clock clock,
                                 ApplicationEventPublisher events) {
        this.events = events;
        this.payments = payments;
        this.refunds = refunds;
        this.anomalies = anomalies;
        this.rules = rules;
        this.earnings = earnings;
        this.ledger = ledger;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public List<PaymentLine> orderPayments(UUID orderId) {
        List<RefundLine> all = refunds.ofOrder(orderId).stream().map(AdministrationService::line).toList();
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
    public List<AnomalyLine> anomalies() {
        return anomalies.open(100).stream().map(a -> new AnomalyLine(a.id(), a.paymentId(), a.kind(), a.expectedFen(), a.receivedFen(),
                a.createdAt())).toList();
    }

    @Override
    public RuleLine addRule(NewRule r, UUID operatorId) {
        Optional<QualityTier> tier;
        try {
            tier = r.tier().map(String::strip).filter(t -> !t.isEmpty()).map(QualityTier::valueOf);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("billing.tier-invalid");
        }
        Optional<String> region = r.regionCode().map(String::strip).filter(s -> !s.isEmpty());
        if (region.isPresent() && !region.get().matches("[1-9][0-9]{5}")) {
            throw DomainException.invalid("billing.region-invalid");
        }
        Optional<String> item = r.itemCode().map(String::strip).filter(s -> !s.isEmpty());
        if (item.isPresent() && item.get().length() > 64) {
            throw DomainException.invalid("billing.item-invalid");
        }
        if (r.rateBp() < 0 || r.rateBp() > 10_000) {
            throw DomainException.invalid("billing.rate-invalid");
        }
        if (r.validFrom() == null || (r.validUntil().isPresent() && !r.validUntil().get().isAfter(r.validFrom()))) {
            throw DomainException.invalid("billing.validity-invalid");
        }
        CommissionRule rule = new CommissionRule(Ids.newId(clock), item, tier, region, r.rateBp(), r.validFrom(), r.validUntil());
        tx.executeWithoutResult(s -> rules.insert(rule, operatorId));
        return line(rule);
    }

    private static RuleLine line(CommissionRule r) {
        return new RuleLine(r.id(), r.itemCode(), r.tier().map(Enum::name), r.regionCode(), r.rateBp(), r.validFrom(), r.validUntil());
    }

    @Override
    public List<RuleLine> rules() {
        return rules.all().stream().map(AdministrationService::line).toList();
    }

    @Override
    public List<StatementLine> settleWeek(LocalDate monday) {
        checkMonday(monday);
        Instant end = monday.plusDays(7).atStartOfDay(Zones.CHINA).toInstant();
        if (end.isAfter(clock.instant())) {
            throw DomainException.rejected("billing.week-not-over");
        }
        Map<UUID, List<Earning>> byWorker = new LinkedHashMap<>();
        for (Earning e : earnings.unsettled(end)) {
            byWorker.computeIfAbsent(e.workerId(), w -> new ArrayList<>()).add(e);
        }
        tx.executeWithoutResult(s -> byWorker.forEach((worker, list) -> {
            long total = list.stream().mapToLong(Earning::totalFen).sum();
            long commission = list.stream().mapToLong(Earning::commissionFen).sum();
            long payable = list.stream().mapToLong(Earning::payableFen).sum();
            Statement statement = new Statement(Ids.newId(clock), worker, monday, list.size(), total, commission, 0, payable, "OPEN",
                    Optional.empty(), clock.instant(), Optional.empty());
            if (earnings.insertStatement(statement, list.stream().map(Earning::orderId).toList())) {
                events.publishEvent(new StatementReady(statement.id(), worker, monday, payable, statement.createdAt()));
            }
        }));
        return statements(monday);
    }

    @Override
    public List<StatementLine> statements(LocalDate monday) {
        checkMonday(monday);
        return earnings.statementsOfWeek(monday).stream().map(AdministrationService::line).toList();
    }

    public static StatementLine line(Statement s) {
        return new StatementLine(s.id(), s.workerId(), s.weekStart(), s.orders(), s.totalFen(), s.commissionFen(), s.adjustmentsFen(),
                s.payableFen(), s.status());
    }

    @Override
    public BatchLine approvePayouts(LocalDate monday, UUID operatorId) {
        checkMonday(monday);
        UUID batchId = Ids.newId(clock);
        BatchLine batch = tx.execute(s -> {
            List<Statement> open = earnings.statementsOfWeek(monday).stream().filter(st -> st.status().equals("OPEN")).toList();
            if (open.isEmpty()) {
                throw DomainException.conflict("billing.nothing-to-pay-out");
            }
            long total = open.stream().mapToLong(Statement::payableFen).sum();
            Instant now = clock.instant();
            if (!earnings.insertBatch(batchId, monday, open.size(), total, operatorId, now)) {
                throw DomainException.conflict("billing.week-paid-out");
            }
            for (Statement st : open) {
                if (earnings.markPaid(st.id(), batchId, now) && st.payableFen() > 0) {
                    ledger.append(Ledger.payout(Ids.newId(clock), st.id(), st.workerId(), st.payableFen(), now));
                }
            }
            return new BatchLine(batchId, monday, open.size(), total);
        });
        return batch;
    }

    @Override
    public StatementLine adjustStatement(UUID statementId, long amountFen, String reason, String requestKey, UUID operatorId) {
        if (amountFen == 0 || Math.abs(amountFen) > StatementAdjustment.MAX_FEN) {
            throw DomainException.invalid("billing.adjustment-amount-invalid", StatementAdjustment.MAX_FEN / 100);
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > StatementAdjustment.MAX_REASON) {
            throw DomainException.invalid("billing.adjustment-reason-invalid", StatementAdjustment.MAX_REASON);
        }
        if (requestKey == null || requestKey.isBlank() || requestKey.length() > 64) {
            throw DomainException.invalid("billing.idempotency-key-required");
        }
        return tx.execute(s -> {
            Statement statement = earnings.statement(statementId)
                    .orElseThrow(() -> DomainException.notFound("billing.statement-not-found"));
            StatementAdjustment adjustment = new StatementAdjustment(Ids.newId(clock), statementId, amountFen, why, operatorId, requestKey,
                    clock.instant());
            if (!earnings.insertAdjustment(adjustment)) {
                StatementAdjustment first = earnings.adjustmentByKey(statementId, requestKey).orElseThrow();
                if (first.amountFen() != amountFen || !first.reason().equals(why)) {
                    throw DomainException.rejected("billing.idempotency-key-reused");
                }
                return line(earnings.statement(statementId).orElseThrow());
            }
            if (!earnings.applyAdjustment(statementId, amountFen)) {
                throw statement.status().equals("OPEN") ? DomainException.rejected("billing.adjustment-exceeds-payable")
                        : DomainException.conflict("billing.statement-paid");
            }
            ledger.append(Ledger.adjustment(Ids.newId(clock), adjustment.id(), statement.workerId(), amountFen, adjustment.at()));
            return line(earnings.statement(statementId).orElseThrow());
        });
    }

    @Override
    public List<AdjustmentLine> adjustments(UUID statementId) {
        earnings.statement(statementId).orElseThrow(() -> DomainException.notFound("billing.statement-not-found"));
        return earnings.adjustmentsOf(statementId).stream()
                .map(a -> new AdjustmentLine(a.id(), a.statementId(), a.amountFen(), a.reason(), a.operatorId(), a.at())).toList();
    }

    private static void checkMonday(LocalDate monday) {
        if (monday == null || monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw DomainException.invalid("billing.week-start-invalid");
        }
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
        long revenue = commission + fees;
        return new Report(from, until, region, payments, commission, fees, revenue, refundsOut, promotion, refundExpense, workerEarnings,
                adjustments, payouts, revenue - promotion - refundExpense - adjustments);
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
