package org.shangmen.notification.adapter.out;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The notification module's resilience policy for calls to outside providers (WeChat): a count-based
 * circuit breaker (window 10, decides after 5 calls, opens at 50 % failures for 30 s) inside a retry with
 * exponential back-off.
 * The retry wraps the breaker, so every attempt counts and an open breaker stops the attempts at once
 * ({@link io.github.resilience4j.circuitbreaker.CallNotPermittedException}). Only the failures the
 * caller marks are recorded or repeated; business answers never are.
 */
public final class ProviderGuard {

    private final CircuitBreaker breaker;
    private final Retry retry;

    private ProviderGuard(CircuitBreaker breaker, Retry retry) {
        this.breaker = breaker;
        this.retry = retry;
    }

    /**
     * @param name           the provider, for metrics and logs ("wechat-subscribe")
     * @param maxAttempts    attempts in all, the first included
     * @param firstRetryWait the pause before the first repeat; it doubles after that
     * @param isFailure      what counts against the breaker (server and network errors)
     * @param isRetryable    what is worth repeating
     */
    public static ProviderGuard of(String name, int maxAttempts, Duration firstRetryWait,
                                   Predicate<Throwable> isFailure, Predicate<Throwable> isRetryable) {
        CircuitBreaker breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .permittedNumberOfCallsInHalfOpenState(2)
                .recordException(isFailure)
                .build());
        Retry retry = Retry.of(name, RetryConfig.custom()
                .maxAttempts(maxAttempts)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(firstRetryWait, 2.0))
                .retryOnException(isRetryable)
                .build());
        return new ProviderGuard(breaker, retry);
    }

    public <T> T call(Supplier<T> work) {
        return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, work)).get();
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
}
