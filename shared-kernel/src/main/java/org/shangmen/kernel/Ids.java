package org.shangmen.kernel;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Identifiers for rows and URLs: UUID version 7 (time-ordered for index locality, RFC 9562) whose 74
 * random bits come from a {@link SecureRandom}, so ids in URLs cannot be enumerated.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static UUID newId(Clock clock) {
        return newId(clock.millis());
    }

    public static UUID newId() {
        return newId(System.currentTimeMillis());
    }

    static UUID newId(long epochMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long msb = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16;
        msb |= 0x7000L; // version 7
        msb |= ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long lsb = 0x8000_0000_0000_0000L; // IETF variant
        lsb |= ((long) (random[2] & 0x3F)) << 56;
        for (int i = 3; i < 10; i++) {
            lsb |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(msb, lsb);
    }

    /** Parses a client-supplied id, answering a {@link DomainException} when malformed. */
    public static UUID parse(String value, String what) {
        try {
            if (value == null || value.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("common.invalid-id", what);
        }
    }
}
