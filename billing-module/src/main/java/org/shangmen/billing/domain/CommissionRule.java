package org.shangmen.billing.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * The platform's share of an order in basis points (2000 = 20 %). An empty item, tier or region matches
 * every one; a region is a 6-digit district code or a city code (ending in 00) covering its districts.
 * In force from {@code validFrom} (inclusive) until {@code validUntil} (exclusive, open when empty).
 */
public record CommissionRule(UUID id, Optional<String> itemCode, Optional<QualityTier> tier, Optional<String> regionCode, int rateBp,
                             Instant validFrom, Optional<Instant> validUntil) {

    public CommissionRule {
        if (rateBp < 0 || rateBp > 10_000) {
            throw new IllegalArgumentException("rate within 0..10000 bp");
        }
        if (validUntil.isPresent() && !validUntil.get().isAfter(validFrom)) {
            throw new IllegalArgumentException("validity ends after it starts");
        }
    }

    public boolean inForceAt(Instant at) {
        return !at.isBefore(validFrom) && validUntil.map(at::isBefore).orElse(true);
    }

    boolean matchesRegion(String district) {
        return regionCode.map(r -> r.equals(district) || (r.endsWith("00") && district.startsWith(r.substring(0, 4)))).orElse(true);
    }

    /** 0 when the rule does not apply; otherwise higher for more specific rules (item, then exact district, city, tier). */
    int specificity(String itemCode, QualityTier workerTier, String district, Instant at) {
        if (!inForceAt(at) || !matchesRegion(district)) {
            return 0;
        }
        if (this.itemCode.isPresent() && !this.itemCode.get().equals(itemCode)) {
            return 0;
        }
        if (this.tier.isPresent() && this.tier.get() != workerTier) {
            return 0;
        }
        int score = 1;
        score += this.itemCode.isPresent() ? 8 : 0;
        score += regionCode.map(r -> r.equals(district) ? 4 : 2).orElse(0);
        score += this.tier.isPresent() ? 1 : 0;
        return score;
    }
}
