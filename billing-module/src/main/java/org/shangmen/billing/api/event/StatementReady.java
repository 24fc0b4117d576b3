package org.shangmen.billing.api.event;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A worker's weekly statement was drawn up: the week starting on {@code weekStart} (a Monday), what is payable. */
public record StatementReady(UUID statementId, UUID workerId, LocalDate weekStart, long payableFen, Instant at) {
}
