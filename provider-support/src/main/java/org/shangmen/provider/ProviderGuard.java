package org.shangmen.provider;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One outside provider's resilience: each attempt runs under the provider's timeout, inside its circuit
 * breaker, inside a retry with exponential back-off. The retry wraps the breaker, so every attempt counts
 * and an open breaker stops the attempts at once. Only {@link ProviderFailure}s and what the adapter marks as
 * transient count against the breaker; only retryable ones (5xx, network errors, timeouts) are repeated.
 * Business answers, returned or thrown as the module's own exceptions, are never counted or repeated.
 * Made by {@link ProviderGuards}, which reads the settings and exports the metrics.
 */
public final class ProviderGuard {

    private static final ExecutorService ATTEMPTS = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("provider-call-", 0).factory());

    private final String name;
    private final Logger log;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final TimeLimiter timeLimiter;

    ProviderGuard(String name, Class<?> owner, CircuitBreaker breaker, Retry retry, TimeLimiter timeLimiter) {
        this.name = name;
        this.log = LoggerFactory.getLogger(owner);
        this.breaker = breaker;
        this.retry = retry;
        this.timeLimiter = timeLimiter;
        breaker.getEventPublisher().onStateTransition(event ->
                log.warn("Provider {}: circuit breaker {}", name, event.getStateTransition()));
        retry.getEventPublisher().onRetry(event -> log.info("Provider {}: attempt {} failed ({}); trying again", name,
                event.getNumberOfRetryAttempts(), event.getLastThrowable() == null ? "-" : event.getLastThrowable().getMessage()));
    }

    /** Whether the guard repeats this failure: a retryable {@link ProviderFailure}, or what the adapter marked as transient. */
    static Predicate<Throwable> retryable(Predicate<Throwable> alsoTransient) {
        return failure -> failure instanceof ProviderFailure pf ? pf.isRetryable() : alsoTransient.test(failure);
    }

    /** Whether the breaker counts this failure: every {@link ProviderFailure}, and what the adapter marked as transient. */
    static Predicate<Throwable> recorded(Predicate<Throwable> alsoTransient) {
        return failure -> failure instanceof ProviderFailure || alsoTransient.test(failure);
    }

    /**
     * Calls the provider. Throws {@link CallNotPermittedException} when the breaker is open, and the last
     * attempt's failure when every attempt failed; a timed-out attempt fails with a retryable {@link ProviderFailure}.
     */
    public <T> T call(Supplier<T> work) {
        return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, () -> withinTimeout(work))).get();
    }

    /**
     * Calls the provider; an open breaker and a {@link ProviderFailure} that outlived the attempts are logged
     * (with the provider's name and the failure's reason only) and become {@code unavailable}, the module's
     * own "provider unavailable" exception. Any other exception passes through unchanged.
     */
    public <T> T call(Supplier<T> work, Supplier<? extends RuntimeException> unavailable) {
        try {
            return call(work);
        } catch (CallNotPermittedException open) {
            log.warn("Provider {} not called: the circuit breaker is open", name);
            throw unavailable.get();
        } catch (ProviderFailure failure) {
            log.warn("Provider {} failed after at most {} attempts: {}", name, maxAttempts(), failure.getMessage());
            throw unavailable.get();
        }
    }

    /** Calls the provider for its side effect only, as {@link #call(Supplier, Supplier)} does. */
    public void run(Runnable work, Supplier<? extends RuntimeException> unavailable) {
        call(() -> {
            work.run();
            return null;
        }, unavailable);
    }

    /** Runs one attempt on its own virtual thread, with the caller's logging context, for at most the provider's timeout. */
    private <T> T withinTimeout(Supplier<T> work) {
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        CompletableFuture<T> attempt = CompletableFuture.supplyAsync(() -> {
            if (logContext != null) {
                MDC.setContextMap(logContext);
            }
            try {
                return work.get();
            } finally {
                MDC.clear();
            }
        }, ATTEMPTS);
        try {
            return timeLimiter.executeFutureSupplier(() -> attempt);
        } catch (TimeoutException slow) {
            throw ProviderFailure.retryable("no answer within " + timeLimiter.getTimeLimiterConfig().getTimeoutDuration());
        } catch (ExecutionException | CompletionException failed) {
            Throwable cause = failed.getCause() == null ? failed : failed.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw ProviderFailure.ofNetwork(cause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            attempt.cancel(true);
            throw ProviderFailure.permanent("interrupted while waiting for the provider");
        } catch (RuntimeException | Error unchecked) {
            throw unchecked;
        } catch (Exception checked) {
            throw ProviderFailure.ofNetwork(checked);
        }
    }

    public String name() {
        return name;
    }

    public int maxAttempts() {
        return retry.getRetryConfig().getMaxAttempts();
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    public Retry retry() {
        return retry;
    }

    public TimeLimiter timeLimiter() {
        return timeLimiter;
    }
}
