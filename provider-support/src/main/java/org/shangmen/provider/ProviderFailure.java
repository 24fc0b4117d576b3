package org.shangmen.provider;

/**
 * A call to an outside provider that brought no business answer: the network failed, the provider timed
 * out or answered 5xx (retryable), or it answered something unreadable or a 4xx the adapter does not know
 * (final). Each failure counts against the provider's circuit breaker; only retryable ones are repeated.
 * Business answers (a refused code, a declined payment) are no failure: adapters return them or throw their
 * module's own exceptions, which the guard never counts or repeats. The message is written by the adapter
 * and must hold no secret, token, URL with credentials or personal data.
 */
public final class ProviderFailure extends RuntimeException {

    private final boolean retryable;

    private ProviderFailure(String reason, boolean retryable, Throwable cause) {
        super(reason, cause, false, false);
        this.retryable = retryable;
    }

    /** A failure worth another attempt: a server error, a network error, a timeout, a provider that says it is busy. */
    public static ProviderFailure retryable(String reason) {
        return new ProviderFailure(reason, true, null);
    }

    /** A retryable failure that keeps its cause, for an SDK exception whose message names nothing secret. */
    public static ProviderFailure retryable(String reason, Throwable cause) {
        return new ProviderFailure(reason, true, cause);
    }

    /** A failure that another attempt would not mend: a 4xx, an unreadable or unsigned answer. */
    public static ProviderFailure permanent(String reason) {
        return new ProviderFailure(reason, false, null);
    }

    /** The shared reading of an HTTP status that is no success: 5xx is retryable, anything else is final. */
    public static ProviderFailure ofStatus(int status) {
        return ProviderHttp.isServerError(status) ? retryable("HTTP " + status) : permanent("HTTP " + status);
    }

    /** A network error or timeout, named by its root cause's type only (messages may carry URLs with secrets). */
    public static ProviderFailure ofNetwork(Throwable failure) {
        return retryable("network error or timeout (" + ProviderHttp.rootCauseName(failure) + ")");
    }

    public boolean isRetryable() {
        return retryable;
    }
}
