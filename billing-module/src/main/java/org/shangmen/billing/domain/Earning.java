package org.shangmen.billing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A completed order's money for its worker, with the commission rule and rate in force at completion (A3.2). */
public record Earning(UUID orderId, UUID workerId, long totalFen, long commissionFen, long payableFen, int rateBp, Optional<UUID> ruleId,
                      QualityTier tier, List<String> itemCodes, String districtCode, Instant completedAt, Optional<UUID> statementId) {

    public Earning {
        itemCodes = List.copyOf(itemCodes);
        if (commissionFen + payableFen != totalFen) {
            throw new IllegalArgumentException("commission and the worker's share make the total");
        }
    }
}
