package org.shangmen.billing.domain;

import java.time.Instant;
import java.util.UUID;

/** An operator's change to an open statement: a bonus (positive) or a deduction (negative), in fen, with its reason. */
public record StatementAdjustment(UUID id, UUID statementId, long amountFen, String reason, UUID operatorId, String requestKey,
                                  Instant at) {

    public static final int MAX_REASON = 200;
    /** The largest single adjustment, ¥100 000. */
    public static final long MAX_FEN = 10_000_000;
}
