package org.shangmen.billing.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The platform's share of an order (A3.2): commission rules per item, quality tier and region, kept by operators. */
public interface CommissionRules {

    RuleLine addRule(NewRule rule, UUID operatorId);

    List<RuleLine> rules();

    /** @param tier STANDARD, GOOD or EXCELLENT; @param regionCode a district or city code */
    record NewRule(Optional<String> itemCode, Optional<String> tier, Optional<String> regionCode, int rateBp, Instant validFrom,
                   Optional<Instant> validUntil) {
    }

    record RuleLine(UUID ruleId, Optional<String> itemCode, Optional<String> tier, Optional<String> regionCode, int rateBp,
                    Instant validFrom, Optional<Instant> validUntil) {
    }
}
