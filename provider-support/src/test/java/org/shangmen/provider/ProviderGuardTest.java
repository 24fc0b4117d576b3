package org.shangmen.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ProviderGuardTest {

    private static final ProviderSettings FAST = new ProviderSettings(Duration.ofSeconds(5), 3, Duration.ofMillis(1),
            50f, 10, 5, Duration.ofMinutes(1));

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ProviderGuards guards = new ProviderGuards(Map.of(ProviderGuards.DEFAULT, FAST), meters);
    private final AtomicInteger attempts = new AtomicInteger();

    private Supplier<String> failing(RuntimeException failure) {
        return () -> {
            attempts.incrementAndGet();
            throw failure;
        };
    }

    @Test
    @DisplayName("a 5xx is tried again up to max-attempts, and the last failure comes back")
    void retriesServerErrors() {
        ProviderGuard guard = guards.guard("sms");

        assertThatThrownBy(() -> guard.call(failing(ProviderFailure.ofStatus(503))))
                .isInstanceOf(ProviderFailure.class).hasMessage("HTTP 503");

        assertThat(attempts).hasValue(3);
    }

    @Test
    @DisplayName("a network error is tried again; a call that then succeeds returns its answer")
    void retriesNetworkErrors() {
        ProviderGuard guard = guards.guard("sms");
        Supplier<String> flaky = () -> {
            if (attempts.incrementAndGet() < 3) {
                throw ProviderFailure.ofNetwork(new UncheckedIOException(new IOException("reset")));
            }
            return "sent";
        };

        assertThat(guard.call(flaky)).isEqualTo("sent");
        assertThat(attempts).hasValue(3);
    }

    @Test
    @DisplayName("a 4xx is never tried again, though the breaker counts it")
    void neverRetriesClientErrors() {
        ProviderGuard guard = guards.guard("sms");

        assertThatThrownBy(() -> guard.call(failing(ProviderFailure.ofStatus(404)))).isInstanceOf(ProviderFailure.class);

        assertThat(attempts).hasValue(1);
        assertThat(guard.breaker().getMetrics().getNumberOfFailedCalls()).isEqualTo(1);
    }

    @Test
    @DisplayName("a business answer thrown by the adapter is neither repeated nor counted against the provider")
    void businessAnswersPassThrough() {
        ProviderGuard guard = guards.guard("sms");

        assertThatThrownBy(() -> guard.call(failing(new IllegalArgumentException("phone refused"))))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(attempts).hasValue(1);
        assertThat(guard.breaker().getMetrics().getNumberOfFailedCalls()).isZero();
        assertThat(guard.breaker().getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(1);
    }

    @Test
    @DisplayName("an SDK failure the adapter marks as transient is repeated like a 5xx")
    void adapterMarkedFailuresAreRetried() {
        ProviderGuard guard = guards.guard("storage", UncheckedIOException.class::isInstance);

        assertThatThrownBy(() -> guard.call(failing(new UncheckedIOException(new IOException("reset")))))
                .isInstanceOf(UncheckedIOException.class);

        assertThat(attempts).hasValue(3);
    }

    @Test
    @DisplayName("the breaker opens after failures and then refuses calls without reaching the provider")
    void opensAfterFailures() {
        ProviderGuard guard = new ProviderGuards(Map.of("sms", new ProviderSettings(null, 1, null, null, null, null, null)),
                meters).guard("sms");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> guard.call(failing(ProviderFailure.ofStatus(500)))).isInstanceOf(ProviderFailure.class);
        }
        assertThat(guard.breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);

        assertThatThrownBy(() -> guard.call(failing(ProviderFailure.ofStatus(500)))).isInstanceOf(CallNotPermittedException.class);
        assertThat(attempts).hasValue(5);
    }

    @Test
    @DisplayName("an open breaker becomes the module's own 'unavailable' answer")
    void openBreakerBecomesUnavailable() {
        ProviderGuard guard = guards.guard("sms");
        guard.breaker().transitionToOpenState();

        assertThatThrownBy(() -> guard.call(() -> "never", () -> new IllegalStateException("sms unavailable")))
                .isInstanceOf(IllegalStateException.class).hasMessage("sms unavailable");
    }

    @Test
    @DisplayName("an attempt that takes longer than the provider's timeout fails as retryable and is tried again")
    void timesOut() {
        ProviderGuard guard = new ProviderGuards(Map.of("face", FAST.over(ProviderSettings.BUILT_IN)
                .withFirstRetryWait(Duration.ofMillis(1))), meters).guard("face");
        ProviderGuard slow = new ProviderGuards(Map.of("face", new ProviderSettings(Duration.ofMillis(50), 2, Duration.ofMillis(1),
                null, null, null, null)), meters).guard("face");
        CountDownLatch never = new CountDownLatch(1);

        assertThatThrownBy(() -> slow.call(() -> {
            attempts.incrementAndGet();
            try {
                never.await();
            } catch (InterruptedException cancelled) {
                Thread.currentThread().interrupt();
            }
            return "late";
        })).isInstanceOfSatisfying(ProviderFailure.class, failure -> {
            assertThat(failure.isRetryable()).isTrue();
            assertThat(failure.getMessage()).startsWith("no answer within");
        });
        assertThat(attempts).hasValue(2);
        assertThat(guard.call(() -> "quick")).isEqualTo("quick");
    }

    @Test
    @DisplayName("an attempt runs with the caller's logging context, so its log lines keep the request id")
    void keepsLoggingContext() {
        org.slf4j.MDC.put("requestId", "req-42");
        try {
            assertThat(guards.guard("sms").call(() -> org.slf4j.MDC.get("requestId"))).isEqualTo("req-42");
        } finally {
            org.slf4j.MDC.remove("requestId");
        }
    }

    @Test
    @DisplayName("each provider's breaker, retry and time limiter are registered as metrics tagged with its name")
    void metricsPerProvider() {
        guards.guard("aliyun-sms").call(() -> "ok");
        guards.guard("wechat-pay");

        for (String provider : new String[] {"aliyun-sms", "wechat-pay"}) {
            assertThat(meters.find("resilience4j.circuitbreaker.state").tag("name", provider).gauges()).isNotEmpty();
            assertThat(meters.find("resilience4j.retry.calls").tag("name", provider).meters()).isNotEmpty();
            assertThat(meters.find("resilience4j.timelimiter.calls").tag("name", provider).meters()).isNotEmpty();
        }
        assertThat(meters.find("resilience4j.circuitbreaker.calls").tag("name", "aliyun-sms").tag("kind", "successful")
                .timer().count()).isEqualTo(1);
    }

    @Test
    @DisplayName("settings bind from shangmen.providers.<name>.*, each missing one taken from default, then the built-in")
    void settingsFromProperties() {
        Binder binder = new Binder(new MapConfigurationPropertySource(Map.of(
                "shangmen.providers.default.timeout", "4s",
                "shangmen.providers.default.max-attempts", "2",
                "shangmen.providers.alipay.timeout", "15s",
                "shangmen.providers.alipay.wait-in-open-state", "1m")));
        Map<String, ProviderSettings> bound = binder.bind(ProvidersAutoConfiguration.PREFIX,
                Bindable.mapOf(String.class, ProviderSettings.class)).get();
        ProviderGuards configured = new ProviderGuards(bound, meters);

        ProviderSettings alipay = configured.settings("alipay");
        assertThat(alipay.timeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(alipay.waitInOpenState()).isEqualTo(Duration.ofMinutes(1));
        assertThat(alipay.maxAttempts()).isEqualTo(2);
        assertThat(alipay.failureRateThreshold()).isEqualTo(ProviderSettings.BUILT_IN.failureRateThreshold());
        assertThat(configured.settings("unionpay").timeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(configured.guard("alipay").maxAttempts()).isEqualTo(2);
        assertThat(configured.guard("alipay").timeLimiter().getTimeLimiterConfig().getTimeoutDuration())
                .isEqualTo(Duration.ofSeconds(15));
    }

    @Test
    @DisplayName("the shared HTTP classification: 5xx is retryable, every other failing status is final")
    void httpClassification() {
        assertThat(ProviderFailure.ofStatus(500).isRetryable()).isTrue();
        assertThat(ProviderFailure.ofStatus(599).isRetryable()).isTrue();
        assertThat(ProviderFailure.ofStatus(400).isRetryable()).isFalse();
        assertThat(ProviderFailure.ofStatus(429).isRetryable()).isFalse();
        assertThat(ProviderHttp.isNetworkOrTimeout(new IllegalStateException(new java.net.SocketTimeoutException()))).isTrue();
        assertThat(ProviderHttp.isNetworkOrTimeout(new IllegalStateException("refused"))).isFalse();
        assertThat(ProviderFailure.ofNetwork(new IllegalStateException(new java.net.ConnectException("http://x?secret=1")))
                .getMessage()).isEqualTo("network error or timeout (ConnectException)");
    }
}
