package org.shangmen.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.app.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

/** Nobody learns from the platform's answers whether a phone number or an e-mail address has an account. */
@PlatformTest
class EnumerationTest {

    @Autowired
    MutableClock clock;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;

    private int outboxSize(String phone) {
        return http.get("/api/v1/dev/outbox?to=%2B86" + phone).send().json().path("items").size();
    }

    private Http.Reply registerByPhone(String phone, String code, String address) {
        return http.post("/api/v1/auth/register/phone", Http.json(Map.of("phone", phone, "code", code,
                "password", Journeys.PASSWORD, "role", "CUSTOMER"))).header("X-Forwarded-For", address).send();
    }

    private static String shape(Http.Reply reply) {
        return reply.status() + " " + reply.json().path("code").asString() + " " + reply.json().path("detail").asString();
    }

    @Test
    @DisplayName("C1.1 asking a registration code answers a registered phone like a new one, and sends it no code")
    void registrationCode() {
        String known = Journeys.newPhone();
        journeys.register(known, "CUSTOMER", false);
        clock.advance(Duration.ofSeconds(61));
        int before = outboxSize(known);

        Http.Reply forKnown = journeys.sendCode(known, "REGISTER", Journeys.newAddress());
        Http.Reply forUnknown = journeys.sendCode(Journeys.newPhone(), "REGISTER", Journeys.newAddress());

        assertThat(forKnown.status()).as(forKnown.body()).isEqualTo(202);
        assertThat(forKnown.body()).isEqualTo(forUnknown.body());
        assertThat(outboxSize(known)).isEqualTo(before);
        // the limits count for the registered phone just as for any other
        assertThat(journeys.sendCode(known, "REGISTER", Journeys.newAddress()).status()).isEqualTo(429);
    }

    @Test
    @DisplayName("C1.1 registration checks the code first: a wrong code answers alike for registered and new phones")
    void registrationChecksTheCodeFirst() {
        String known = Journeys.newPhone();
        journeys.register(known, "CUSTOMER", false);
        clock.advance(Duration.ofSeconds(61));
        String unknown = Journeys.newPhone();

        assertThat(shape(registerByPhone(known, "000000", Journeys.newAddress())))
                .isEqualTo(shape(registerByPhone(unknown, "000000", Journeys.newAddress())));
        journeys.sendCode(known, "REGISTER", Journeys.newAddress());
        journeys.sendCode(unknown, "REGISTER", Journeys.newAddress());
        Http.Reply wrongForKnown = registerByPhone(known, "000000", Journeys.newAddress());
        assertThat(wrongForKnown.status()).isEqualTo(422);
        assertThat(shape(wrongForKnown)).isEqualTo(shape(registerByPhone(unknown, "000000", Journeys.newAddress())));
    }

    @Test
    @DisplayName("C1.2 e-mail registration answers a registered address like a new one and creates nothing")
    void emailRegistration() {
        String known = "known-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Map<String, String> body = Map.of("email", known, "password", Journeys.PASSWORD, "role", "CUSTOMER");
        Http.Reply first = http.post("/api/v1/auth/register/email", Http.json(body)).send();
        assertThat(first.status()).isEqualTo(202);

        Http.Reply again = http.post("/api/v1/auth/register/email", Http.json(body)).send();
        Http.Reply fresh = http.post("/api/v1/auth/register/email", Http.json(Map.of("email",
                "new-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com", "password", Journeys.PASSWORD))).send();

        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body()).isEqualTo(fresh.body());
    }

    @Test
    @DisplayName("C1.4 a locked account answers sign-in like an account that does not exist")
    void lockedLikeUnknown() {
        String phone = Journeys.newPhone();
        journeys.register(phone, "CUSTOMER", false);
        for (int i = 0; i < 5; i++) {
            journeys.passwordSignIn(phone, "not-the-password", false, Journeys.newAddress());
        }

        Http.Reply locked = journeys.passwordSignIn(phone, Journeys.PASSWORD, false, Journeys.newAddress());
        Http.Reply unknown = journeys.passwordSignIn(Journeys.newPhone(), Journeys.PASSWORD, false, Journeys.newAddress());

        assertThat(shape(locked)).isEqualTo(shape(unknown));
        assertThat(locked.status()).isEqualTo(401);
    }

    @Test
    @DisplayName("C1.1 forty registration probes with wrong codes from one address are slowed down")
    void probesFromOneAddressAreThrottled() {
        String address = Journeys.newAddress();
        int limited = 0;
        for (int i = 0; i < 40; i++) {
            Http.Reply probe = registerByPhone(Journeys.newPhone(), "123456", address);
            if (probe.status() == 429) {
                limited++;
                assertThat(probe.contentType()).startsWith("application/problem+json");
            }
        }
        assertThat(limited).isEqualTo(10);
        assertThat(registerByPhone(Journeys.newPhone(), "123456", Journeys.newAddress()).status()).isEqualTo(422);
    }
}
