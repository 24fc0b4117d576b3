package org.shangmen.kernel;

import java.util.Optional;

/**
 * The state before an operator's change, as a short summary, handed from the use case that makes the
 * change to the audit log that records the request (same thread). Use cases where the earlier state
 * matters (rules, settings, penalties) report it; the request and answer bodies carry the rest.
 */
public final class AuditedChange {

    private static final int MAX = 4_000;
    private static final ThreadLocal<String> BEFORE = new ThreadLocal<>();

    private AuditedChange() {
    }

    /** Reports the state before the change; without personal data. */
    public static void before(String summary) {
        BEFORE.set(summary == null ? null : summary.length() > MAX ? summary.substring(0, MAX) : summary);
    }

    /** The reported state, cleared for the next request on this thread. */
    public static Optional<String> take() {
        String summary = BEFORE.get();
        BEFORE.remove();
        return Optional.ofNullable(summary);
    }
}
