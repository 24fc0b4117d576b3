package org.shangmen.billing.application.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.billing.domain.Earning;
import org.shangmen.billing.domain.Statement;
import org.shangmen.billing.domain.StatementAdjustment;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** Earnings per completed order, weekly statements and payout batches. */
public interface EarningStore {

    /** False when the order's earning exists already. */
    boolean insert(Earning earning);

    Optional<Earning> ofOrder(UUID orderId);

    Page<Earning> ofWorker(UUID workerId, PageRequest page);

    /** Earnings completed before the instant that no statement holds yet. */
    List<Earning> unsettled(Instant completedBefore);

    /** Inserts the statement and attaches its earnings; false when the worker has one for that week already. */
    boolean insertStatement(Statement statement, List<UUID> orderIds);

    List<Statement> statementsOfWeek(LocalDate weekStart);

    Page<Statement> statementsOfWeek(LocalDate weekStart, PageRequest page);

    Page<Statement> statementsOfWorker(UUID workerId, PageRequest page);

    Optional<Statement> statement(UUID statementId);

    /**
     * Records the adjustment unless its request key was used for the statement before (then false),
     * without touching the statement.
     */
    boolean insertAdjustment(StatementAdjustment adjustment);

    Optional<StatementAdjustment> adjustmentByKey(UUID statementId, String requestKey);

    /** Adds the amount to an open statement's adjustments and payable when the payable stays ≥ 0; false otherwise. */
    boolean applyAdjustment(UUID statementId, long amountFen);

    List<StatementAdjustment> adjustmentsOf(UUID statementId);

    /** False when the week's batch exists already. */
    boolean insertBatch(UUID batchId, LocalDate weekStart, int statements, long totalFen, UUID approvedBy, Instant at);

    /** OPEN → PAID with the batch; false when already paid. */
    boolean markPaid(UUID statementId, UUID batchId, Instant at);
}
