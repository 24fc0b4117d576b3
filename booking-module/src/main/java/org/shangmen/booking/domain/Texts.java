package org.shangmen.booking.domain;

import java.util.Optional;
import org.shangmen.kernel.DomainException;

/** The rules every free text a person types into an order follows: trimmed, within its limit. */
public final class Texts {

    private Texts() {
    }

    /** Trimmed text within the limit; {@code booking.text-required} when blank, {@code booking.text-too-long} when longer. */
    public static String required(String value, int max) {
        return optional(value, max).orElseThrow(() -> DomainException.invalid("booking.text-required"));
    }

    /** Trimmed text within the limit, or the fallback when blank. */
    public static String orElse(String value, String fallback, int max) {
        return optional(value, max).orElse(fallback);
    }

    /** Trimmed text within the limit; empty when blank. */
    public static Optional<String> optional(String value, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.length() > max) {
            throw DomainException.invalid("booking.text-too-long", max);
        }
        return Optional.of(v);
    }
}
