package org.shangmen.billing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** A worker's weekly settlement statement: completed orders, commission, adjustments and what is paid out. */
public record Statement(UUID id, UUID workerId, LocalDate weekStart, int orders, long totalFen, long commissionFen, long adjustmentsFen,
                        long payableFen, String status, Optional<UUID> batchId, Instant createdAt, Optional<Instant> paidAt) {
}
