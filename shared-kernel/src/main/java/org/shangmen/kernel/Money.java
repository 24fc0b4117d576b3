package org.shangmen.kernel;

import java.util.Objects;

/**
 * An amount of Chinese yuan held as integer fen (分). There is no floating point anywhere in money:
 * percentages are basis points and every division states its rounding.
 */
public record Money(long fen) implements Comparable<Money> {

    public static final String CURRENCY = "CNY";
    public static final Money ZERO = new Money(0);

    public static Money ofFen(long fen) {
        return new Money(fen);
    }

    /** Whole yuan, for configuration and seed data. */
    public static Money ofYuan(long yuan) {
        return new Money(Math.multiplyExact(yuan, 100L));
    }

    public String currency() {
        return CURRENCY;
    }

    public Money plus(Money other) {
        return new Money(Math.addExact(fen, other.fen));
    }

    public Money minus(Money other) {
        return new Money(Math.subtractExact(fen, other.fen));
    }

    public Money times(long quantity) {
        return new Money(Math.multiplyExact(fen, quantity));
    }

    public Money negate() {
        return new Money(Math.negateExact(fen));
    }

    /**
     * The share of this amount at {@code basisPoints} (1 bp = 0.01 %), rounded half-up to the fen.
     * 2000 bp of 12.35 yuan is 2.47 yuan.
     */
    public Money percentage(int basisPoints) {
        if (basisPoints < 0 || basisPoints > 10_000) {
            throw new IllegalArgumentException("basis points must be within 0..10000: " + basisPoints);
        }
        long product = Math.multiplyExact(Math.abs(fen), (long) basisPoints);
        long rounded = (product + 5_000) / 10_000;
        return new Money(fen < 0 ? -rounded : rounded);
    }

    public boolean isNegative() {
        return fen < 0;
    }

    public boolean isZero() {
        return fen == 0;
    }

    public boolean isPositive() {
        return fen > 0;
    }

    public boolean isGreaterThan(Money other) {
        return fen > other.fen;
    }

    public boolean isLessThan(Money other) {
        return fen < other.fen;
    }

    public static Money sum(Iterable<Money> amounts) {
        Money total = ZERO;
        for (Money amount : amounts) {
            total = total.plus(Objects.requireNonNull(amount));
        }
        return total;
    }

    @Override
    public int compareTo(Money other) {
        return Long.compare(fen, other.fen);
    }

    /** "¥128.50", "-¥0.05": for people, never for parsing. */
    @Override
    public String toString() {
        long abs = Math.abs(fen);
        return (fen < 0 ? "-" : "") + "¥" + (abs / 100) + "." + String.format("%02d", abs % 100);
    }
}
