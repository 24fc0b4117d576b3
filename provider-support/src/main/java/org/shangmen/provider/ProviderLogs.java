package org.shangmen.provider;

/** What of a provider's answer may go into a log line. */
public final class ProviderLogs {

    private static final int MAX_LENGTH = 64;

    private ProviderLogs() {
    }

    /**
     * A provider-supplied token (an error code, a request id) made safe for one log line: letters, digits,
     * {@code .}, {@code _} and {@code -} kept, everything else {@code ?}, at most 64 characters; {@code -}
     * when there is none.
     */
    public static String loggable(String value) {
        if (value == null) {
            return "-";
        }
        String safe = value.replaceAll("[^A-Za-z0-9._-]", "?");
        return safe.length() > MAX_LENGTH ? safe.substring(0, MAX_LENGTH) : safe;
    }
}
