package org.shangmen.provider;

import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedTimeLimiterMetrics;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The guards of all outside providers, one per provider name, configured from {@code shangmen.providers.<name>.*}
 * over {@code shangmen.providers.default.*} over {@link ProviderSettings#BUILT_IN}. Their circuit breakers,
 * retries and time limiters are registered with Micrometer, tagged with the provider's name
 * ({@code resilience4j_circuitbreaker_state{name="aliyun-sms"}}, {@code resilience4j_retry_calls},
 * {@code resilience4j_timelimiter_calls}), so {@code /actuator/prometheus} shows each provider.
 */
public final class ProviderGuards {

    /** The key under {@code shangmen.providers} whose settings every provider starts from. */
    public static final String DEFAULT = "default";

    private final Map<String, ProviderSettings> settings;
    private final ProviderSettings defaults;
    private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.ofDefaults();
    private final RetryRegistry retries = RetryRegistry.ofDefaults();
    private final TimeLimiterRegistry timeLimiters = TimeLimiterRegistry.ofDefaults();
    private final Map<String, ProviderGuard> guards = new ConcurrentHashMap<>();

    public ProviderGuards(Map<String, ProviderSettings> settings, MeterRegistry meters) {
        this.settings = Map.copyOf(settings);
        this.defaults = this.settings.getOrDefault(DEFAULT, ProviderSettings.NONE).over(ProviderSettings.BUILT_IN);
        TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
        TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        TaggedTimeLimiterMetrics.ofTimeLimiterRegistry(timeLimiters).bindTo(meters);
    }

    /** Guards with the built-in settings and metrics kept in memory: for adapters made outside Spring. */
    public static ProviderGuards standalone() {
        return new ProviderGuards(Map.of(), new SimpleMeterRegistry());
    }

    /** Guards whose every provider has these settings (over the built-in ones): for adapters made outside Spring. */
    public static ProviderGuards standalone(ProviderSettings defaults) {
        return new ProviderGuards(Map.of(DEFAULT, defaults), new SimpleMeterRegistry());
    }

    /** Each provider's circuit breaker as it stands: its state and failure rate (-1 before enough calls). */
    public java.util.List<CircuitState> circuitStates() {
        return breakers.getAllCircuitBreakers().stream()
                .map(b -> new CircuitState(b.getName(), b.getState().name(), b.getMetrics().getFailureRate()))
                .sorted(java.util.Comparator.comparing(CircuitState::provider))
                .toList();
    }

    /** One provider's circuit: CLOSED, OPEN, HALF_OPEN, ... and its failure rate in percent. */
    public record CircuitState(String provider, String state, float failureRatePercent) {
    }

    /** The settings one provider is called with. */
    public ProviderSettings settings(String name) {
        return settings.getOrDefault(name, ProviderSettings.NONE).over(defaults);
    }

    /** The guard of a provider that reports its failures as {@link ProviderFailure}s only; it logs as {@code ProviderGuard}. */
    public ProviderGuard guard(String name) {
        return guard(name, ProviderGuard.class, failure -> false);
    }

    /**
     * The guard of a provider that reports its failures as {@link ProviderFailure}s only; it logs under the
     * adapter's logger ({@code owner}), so a provider's failures read where the adapter's own lines do.
     */
    public ProviderGuard guard(String name, Class<?> owner) {
        return guard(name, owner, failure -> false);
    }

    /** As {@link #guard(String, Class, Predicate)}, logging as {@code ProviderGuard}. */
    public ProviderGuard guard(String name, Predicate<Throwable> alsoTransient) {
        return guard(name, ProviderGuard.class, alsoTransient);
    }

    /**
     * The guard of a provider, logging under {@code owner}'s logger; {@code alsoTransient} marks the failures of an SDK that count and are repeated
     * like a retryable {@link ProviderFailure} (its network exceptions, its 5xx answers). The first call for a
     * name decides; later calls get the same guard.
     */
    public ProviderGuard guard(String name, Class<?> owner, Predicate<Throwable> alsoTransient) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(alsoTransient, "alsoTransient");
        return guards.computeIfAbsent(name, key -> create(key, owner, alsoTransient));
    }

    private ProviderGuard create(String name, Class<?> owner, Predicate<Throwable> alsoTransient) {
        ProviderSettings s = settings(name);
        CircuitBreakerConfig breaker = CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(s.slidingWindowSize())
                .minimumNumberOfCalls(s.minimumNumberOfCalls())
                .failureRateThreshold(s.failureRateThreshold())
                .waitDurationInOpenState(s.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(2)
                .recordException(ProviderGuard.recorded(alsoTransient))
                .build();
        RetryConfig retry = RetryConfig.custom()
                .maxAttempts(s.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialBackoff(
                        s.firstRetryWait().isZero() ? Duration.ofMillis(1) : s.firstRetryWait(), 2.0))
                .retryOnException(ProviderGuard.retryable(alsoTransient))
                .build();
        TimeLimiterConfig timeLimiter = TimeLimiterConfig.custom()
                .timeoutDuration(s.timeout())
                .cancelRunningFuture(true)
                .build();
        return new ProviderGuard(name, owner, breakers.circuitBreaker(name, breaker), retries.retry(name, retry),
                timeLimiters.timeLimiter(name, timeLimiter));
    }
}
