package org.shangmen.billing.adapter.out.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The resilience policy for calls to payment providers, the same as the platform's other providers: a
 * count-based circuit breaker (window 10, decides after 5 calls, opens at 50 % failures for 30 s) inside
 * a retry with exponential back-off on server and network errors only. A business answer is never
 * repeated, and nothing is ever taken as paid or refunded because a call failed.
 */
final class GatewayGuard {

    private final CircuitBreaker breaker;
    private final Retry retry;

    private GatewayGuard(CircuitBreaker breaker, Retry retry) {
        this.breaker = breaker;
        this.retry = retry;
    }

    static GatewayGuard of(String name, int maxAttempts, Duration firstRetryWait, Predicate<Throwable> isServerOrNetworkError) {
        CircuitBreaker breaker = CircuitBreaker.of(name, CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(10)
                .minimumNumberOfCalls(5)
                .failureRateThreshold(50)
                .waitDurationInOpenState(Duration.ofSeconds(30))
                .permittedNumberOfCallsInHalfOpenState(2)
                .recordException(isServerOrNetworkError)
                .build());
        Retry retry = Retry.of(name, RetryConfig.custom()
                .maxAttempts(maxAttempts)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(firstRetryWait, 2.0))
                .retryOnException(isServerOrNetworkError)
                .build());
        return new GatewayGuard(breaker, retry);
    }

    <T> T call(Supplier<T> work) {
        return Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, work)).get();
    }

    CircuitBreaker breaker() {
        return breaker;
    }
}
