package org.shangmen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.ShangmenApplication;
import org.shangmen.app.support.Http;
import org.shangmen.provider.ProviderGuards;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * With real provider adapters chosen, each provider's guard is configured from shangmen.providers.* and its
 * circuit breaker, retry and time limiter appear in the Prometheus scrape under the provider's name. Nothing
 * is sent to the providers: their addresses are never called.
 */
@SpringBootTest(classes = ShangmenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "shangmen.sms.provider=aliyun",
        "shangmen.sms.aliyun.endpoint=http://127.0.0.1:9",
        "shangmen.sms.aliyun.access-key-id=test-key-id",
        "shangmen.sms.aliyun.access-key-secret=test-key-secret",
        "shangmen.sms.aliyun.sign-name=上门",
        "shangmen.sms.aliyun.template-code=SMS_000001",
        "shangmen.social.provider=http",
        "shangmen.social.wechat.base-url=http://127.0.0.1:9",
        "shangmen.social.wechat.app-id=wx-test-app",
        "shangmen.social.wechat.app-secret=wx-test-secret",
        "shangmen.social.qq.base-url=http://127.0.0.1:9",
        "shangmen.social.qq.app-id=101000001",
        "shangmen.social.qq.app-key=qq-test-key",
        "shangmen.providers.default.max-attempts=2",
        "shangmen.providers.aliyun-sms.timeout=4s"
})
@ActiveProfiles("test")
class ProviderMetricsTest {

    @LocalServerPort
    int port;

    @Autowired
    ProviderGuards guards;

    @Test
    @DisplayName("each outside provider's breaker, retry and time limit are in /actuator/prometheus, tagged with its name")
    void metricsPerProvider() {
        Http.Reply reply = new Http(port).get("/actuator/prometheus").send();

        assertThat(reply.status()).isEqualTo(200);
        for (String provider : new String[] {"aliyun-sms", "social-wechat", "social-qq"}) {
            assertThat(reply.body()).containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"" + provider + "\"")
                    .containsPattern("resilience4j_retry_calls(_total)?\\{[^}]*name=\"" + provider + "\"")
                    .containsPattern("resilience4j_timelimiter_calls(_total)?\\{[^}]*name=\"" + provider + "\"");
        }
    }

    @Test
    @DisplayName("a provider's settings come from shangmen.providers.<name>, then shangmen.providers.default, then application.yml")
    void settingsPerProvider() {
        assertThat(guards.settings("aliyun-sms").timeout()).isEqualTo(Duration.ofSeconds(4));
        assertThat(guards.settings("aliyun-sms").maxAttempts()).isEqualTo(2);
        assertThat(guards.settings("social-qq").timeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(guards.settings("alipay").timeout()).isEqualTo(Duration.ofSeconds(15));
        assertThat(guards.guard("aliyun-sms").maxAttempts()).isEqualTo(2);
    }
}
