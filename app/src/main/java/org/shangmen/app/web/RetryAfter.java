package org.shangmen.app.web;

import java.time.Duration;
import java.util.Map;

/** The {@code Retry-After} of every 429 the platform answers: whole seconds, at least one. */
public final class RetryAfter {

    /** How long each of the business limits makes a caller wait at most, by problem code. */
    private static final Map<String, Duration> BY_CODE = Map.of(
            "identity.code-hourly-limit", Duration.ofHours(1),
            "identity.code-address-limit", Duration.ofHours(1),
            "identity.code-daily-limit", Duration.ofDays(1),
            "identity.sign-in-address-limit", Duration.ofMinutes(15));
    private static final Duration DEFAULT = Duration.ofMinutes(1);

    private RetryAfter() {
    }

    public static String seconds(Duration wait) {
        long seconds = (wait.toMillis() + 999) / 1000;
        return Long.toString(Math.max(1, seconds));
    }

    /** For a refused business limit; {@code identity.code-resend-too-soon} carries its wait in seconds. */
    static String forProblem(String code, Object[] args) {
        if ("identity.code-resend-too-soon".equals(code) && args.length > 0 && args[0] instanceof Number n) {
            return seconds(Duration.ofSeconds(n.longValue()));
        }
        return seconds(BY_CODE.getOrDefault(code, DEFAULT));
    }
}
