package org.shangmen.billing.domain;

import java.math.BigInteger;
import java.util.Optional;
import org.shangmen.kernel.DomainException;

/**
 * How much a promotion takes off an eligible amount: a fixed amount, or a percentage (basis points,
 * 1000 = 10 %) rounded down to the fen and capped; nothing below the threshold (满减门槛). Never more than
 * the eligible amount. All amounts in fen. A rule outside these bounds is refused ({@code billing.promotion-rule-invalid}).
 */
public record DiscountRule(Type type, long amountFen, int percentBp, Optional<Long> capFen, long thresholdFen) {

    public enum Type { FIXED, PERCENT }

    public DiscountRule {
        boolean valid = thresholdFen >= 0 && switch (type) {
            case FIXED -> amountFen > 0 && percentBp == 0 && capFen.isEmpty();
            case PERCENT -> percentBp > 0 && percentBp < 10_000 && amountFen == 0 && capFen.map(c -> c > 0).orElse(true);
        };
        if (!valid) {
            throw DomainException.invalid("billing.promotion-rule-invalid");
        }
    }

    public static DiscountRule fixed(long amountFen, long thresholdFen) {
        return new DiscountRule(Type.FIXED, amountFen, 0, Optional.empty(), thresholdFen);
    }

    public static DiscountRule percent(int percentBp, Optional<Long> capFen, long thresholdFen) {
        return new DiscountRule(Type.PERCENT, 0, percentBp, capFen, thresholdFen);
    }

    /** What comes off {@code eligibleFen}: 0 below the threshold. */
    public long discountOn(long eligibleFen) {
        if (eligibleFen <= 0 || eligibleFen < thresholdFen) {
            return 0;
        }
        long off = switch (type) {
            case FIXED -> amountFen;
            case PERCENT -> BigInteger.valueOf(eligibleFen).multiply(BigInteger.valueOf(percentBp))
                    .divide(BigInteger.valueOf(10_000)).longValueExact();
        };
        if (capFen.isPresent()) {
            off = Math.min(off, capFen.get());
        }
        return Math.min(off, eligibleFen);
    }

    public boolean meetsThreshold(long eligibleFen) {
        return eligibleFen > 0 && eligibleFen >= thresholdFen;
    }
}
