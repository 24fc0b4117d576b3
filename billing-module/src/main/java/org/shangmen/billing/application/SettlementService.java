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
import org.shangmen.billing.api.WorkerSettlements;
import org.shangmen.billing.api.event.StatementReady;
import org.shangmen.billing.application.port.out.EarningStore;
import org.shangmen.billing.application.port.out.LedgerStore;
import org.shangmen.billing.domain.Earning;
import org.shangmen.billing.domain.Ledger;
import org.shangmen.billing.domain.Statement;
import org.shangmen.billing.domain.StatementAdjustment;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.kernel.Zones;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A3.2: workers' weekly statements, their adjustments, and the week's payout batch posted to the ledger. */
public class SettlementService implements WorkerSettlements {

    private final EarningStore earnings;
    private final LedgerStore ledger;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public SettlementService(EarningStore earnings, LedgerStore ledger, PlatformTransactionManager transactions, Clock clock,
                             ApplicationEventPublisher events) {
        this.earnings = earnings;
        this.ledger = ledger;
        this.tx = new TransactionTemplate(transactions);
        this.clock = clock;
        this.events = events;
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
        return earnings.statementsOfWeek(monday).stream().map(SettlementService::line).toList();
    }

    @Override
    public Page<StatementLine> statements(LocalDate monday, PageRequest page) {
        checkMonday(monday);
        return earnings.statementsOfWeek(monday, page).map(SettlementService::line);
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
}
