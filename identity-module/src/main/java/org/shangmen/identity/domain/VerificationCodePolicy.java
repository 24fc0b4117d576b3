package org.shangmen.identity.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;

/**
 * The rules of SMS verification codes: six random digits, valid five minutes, single use, dead after
 * five wrong entries; per phone at most one a minute, five an hour and ten a day; per client address
 * at most twenty an hour.
 */
public final class VerificationCodePolicy {

    public static final Duration VALIDITY = Duration.ofMinutes(5);
    public static final int MAX_WRONG_ENTRIES = 5;
    public static final Duration RESEND_INTERVAL = Duration.ofMinutes(1);
    public static final int PER_PHONE_PER_HOUR = 5;
    public static final int PER_PHONE_PER_DAY = 10;
    public static final int PER_ADDRESS_PER_HOUR = 20;

    private VerificationCodePolicy() {
    }

    /**
     * Refuses a new code when a limit would be passed.
     *
     * @param phoneSendTimes when codes were sent to this phone in the last 24 hours
     * @param addressSendsLastHour codes requested from this client address in the last hour
     */
    public static void ensureMaySend(List<Instant> phoneSendTimes, long addressSendsLastHour, Instant now) {
        Optional<Instant> latest = phoneSendTimes.stream().max(Instant::compareTo);
        if (latest.isPresent() && latest.get().plus(RESEND_INTERVAL).isAfter(now)) {
            long wait = Math.max(1, Duration.between(now, latest.get().plus(RESEND_INTERVAL)).toSeconds());
            throw new DomainException(ErrorKind.TOO_MANY_REQUESTS, "identity.code-resend-too-soon", wait);
        }
        long lastHour = phoneSendTimes.stream().filter(t -> t.isAfter(now.minus(Duration.ofHours(1)))).count();
        if (lastHour >= PER_PHONE_PER_HOUR) {
            throw new DomainException(ErrorKind.TOO_MANY_REQUESTS, "identity.code-hourly-limit", PER_PHONE_PER_HOUR);
        }
        long lastDay = phoneSendTimes.stream().filter(t -> t.isAfter(now.minus(Duration.ofDays(1)))).count();
        if (lastDay >= PER_PHONE_PER_DAY) {
            throw new DomainException(ErrorKind.TOO_MANY_REQUESTS, "identity.code-daily-limit", PER_PHONE_PER_DAY);
        }
        if (addressSendsLastHour >= PER_ADDRESS_PER_HOUR) {
            throw new DomainException(ErrorKind.TOO_MANY_REQUESTS, "identity.code-address-limit");
        }
    }

    /** Six decimal digits from a cryptographic random source, leading zeros kept. */
    public static String newCode(java.security.SecureRandom random) {
        return String.format("%06d", random.nextInt(1_000_000));
    }

    public static boolean looksLikeCode(String code) {
        return code != null && code.matches("[0-9]{6}");
    }
}
