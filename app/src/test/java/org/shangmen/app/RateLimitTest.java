package org.shangmen.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** Rate limits per client address and per account across the whole API, each 429 with Retry-After. */
@PlatformTest
@TestPropertySource(properties = {"shangmen.rate-limit.per-address=5", "shangmen.rate-limit.per-account=3",
        "shangmen.rate-limit.period=PT1H"})
class RateLimitTest {

    @Autowired
    Http http;
    @Autowired
    Journeys journeys;

    private static void limited(Http.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(429);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(Long.parseLong(reply.header("Retry-After"))).isPositive();
    }

    @Test
    @DisplayName("A1.2 one client address past its allowance waits, with Retry-After; another address goes on")
    void perAddress() {
        String address = Journeys.newAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/api/v1/public/areas/cities").header("X-Forwarded-For", address).send().status()).isEqualTo(200);
        }
        Http.Reply refused = http.get("/api/v1/public/areas/cities").header("X-Forwarded-For", address).send();
        limited(refused);
        assertThat(refused.json().path("code").asString()).isEqualTo("common.rate-limited");
        assertThat(http.get("/api/v1/public/areas/cities").header("X-Forwarded-For", Journeys.newAddress()).send().status())
                .isEqualTo(200);
    }

    @Test
    @DisplayName("A1.2 an address is counted before its token is read: forged tokens from one address are slowed too")
    void perAddressBeforeTheToken() {
        String address = Journeys.newAddress();
        for (int i = 0; i < 5; i++) {
            assertThat(http.get("/api/v1/auth/me").bearer("not-a-token-" + i).header("X-Forwarded-For", address).send().status())
                    .isEqualTo(401);
        }
        limited(http.get("/api/v1/auth/me").bearer("not-a-token").header("X-Forwarded-For", address).send());
    }

    @Test
    @DisplayName("A1.2 one account past its allowance waits, whatever addresses it comes from")
    void perAccount() {
        String token = journeys.customerToken();
        for (int i = 0; i < 3; i++) {
            assertThat(http.get("/api/v1/auth/me").bearer(token).header("X-Forwarded-For", Journeys.newAddress()).send().status())
                    .isEqualTo(200);
        }
        limited(http.get("/api/v1/auth/me").bearer(token).header("X-Forwarded-For", Journeys.newAddress()).send());
    }

    @Test
    @DisplayName("C1.1 the verification code limits answer 429 with Retry-After too")
    void codeLimitsCarryRetryAfter() {
        String phone = Journeys.newPhone();
        assertThat(journeys.sendCode(phone, "LOGIN", Journeys.newAddress()).status()).isEqualTo(202);
        Http.Reply tooSoon = http.post("/api/v1/auth/sms-codes", Http.json(Map.of("phone", phone, "purpose", "LOGIN")))
                .header("X-Forwarded-For", Journeys.newAddress()).send();
        limited(tooSoon);
        assertThat(Long.parseLong(tooSoon.header("Retry-After"))).isBetween(1L, 60L);
    }
}
