package org.shangmen.billing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;

/** Workers' weekly statements (A3.2): settle a week, adjust a statement with a bonus or deduction, approve the payout batch. */
public interface WorkerSettlements {

    /** Makes the week's statements (the week starting on the Monday given) of every worker with unsettled earnings. */
    List<StatementLine> settleWeek(LocalDate monday);

    Page<StatementLine> statements(LocalDate monday, PageRequest page);

    /**
     * Adds a bonus (positive) or a deduction (negative) to an open statement, with its reason. The same
     * {@code requestKey} again answers the first; {@code billing.adjustment-exceeds-payable} (422) when a
     * deduction would leave less than nothing; {@code billing.statement-paid} (409) once paid out.
     */
    StatementLine adjustStatement(UUID statementId, long amountFen, String reason, String requestKey, UUID operatorId);

    List<AdjustmentLine> adjustments(UUID statementId);

    /** Pays out every open statement of the week in one batch; a week has one batch. */
    BatchLine approvePayouts(LocalDate monday, UUID operatorId);

    record StatementLine(UUID statementId, UUID workerId, LocalDate weekStart, int orders, long totalFen, long commissionFen,
                         long adjustmentsFen, long payableFen, String status) {
    }

    record AdjustmentLine(UUID adjustmentId, UUID statementId, long amountFen, String reason, UUID operatorId, Instant at) {
    }

    record BatchLine(UUID batchId, LocalDate weekStart, int statements, long totalFen) {
    }
}
