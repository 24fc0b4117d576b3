package org.shangmen.billing.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.shangmen.kernel.Money;

/** Picks the commission rule in force for a completed order and computes the split (A3.2). */
public final class Commission {

    /** The rule applied, its rate, and the split of the order's total; {@code rule} is empty when the default rate applied. */
    public record Split(Optional<CommissionRule> rule, int rateBp, QualityTier tier, long totalFen, long commissionFen, long payableFen) {
    }

    private Commission() {
    }

    /**
     * The most specific rule that matches any of the order's items, the worker's tier and the district at
     * the completion instant; among equally specific ones the one that started latest. Commission is the
     * rate of the total rounded half-up to the fen.
     */
    public static Split split(List<CommissionRule> rules, List<String> itemCodes, int ratingTenths, String district, long totalFen,
                              Instant at, int defaultRateBp) {
        return split(rules, itemCodes, QualityTier.ofRating(ratingTenths), district, totalFen, at, defaultRateBp);
    }

    /** The same for a worker whose tier is known (rating and complaints, {@link QualityTier#of}). */
    public static Split split(List<CommissionRule> rules, List<String> itemCodes, QualityTier tier, String district, long totalFen,
                              Instant at, int defaultRateBp) {
        record Candidate(CommissionRule rule, int score) {
        }
        Optional<CommissionRule> best = rules.stream()
                .map(r -> new Candidate(r, itemCodes.isEmpty() ? r.specificity("", tier, district, at)
                        : itemCodes.stream().mapToInt(code -> r.specificity(code, tier, district, at)).max().orElse(0)))
                .filter(c -> c.score() > 0)
                .max(Comparator.comparingInt(Candidate::score).thenComparing(c -> c.rule().validFrom())
                        .thenComparing(c -> c.rule().id()))
                .map(Candidate::rule);
        int rate = best.map(CommissionRule::rateBp).orElse(defaultRateBp);
        long commission = Money.ofFen(totalFen).percentage(rate).fen();
        return new Split(best, rate, tier, totalFen, commission, totalFen - commission);
    }
}
