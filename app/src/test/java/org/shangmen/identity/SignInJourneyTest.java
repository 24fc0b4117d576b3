package org.shangmen.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@PlatformTest
class SignInJourneyTest {

    @Autowired
    MutableClock clock;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;

    private Http.Reply refresh(String token) {
        return http.post("/api/v1/auth/token/refresh", Http.json(Map.of("refreshToken", token))).send();
    }

    private int me(String accessToken) {
        return http.get("/api/v1/auth/me").bearer(accessToken).send().status();
    }

    @Test
    @DisplayName("C1.4 sign in by phone and password, and by phone and SMS code")
    void phoneSignIns() {
        String phone = Journeys.newPhone();
        journeys.register(phone, "CUSTOMER", false);
        Http.Reply byPassword = journeys.passwordSignIn(phone, Journeys.PASSWORD, false, Journeys.newAddress());
        assertThat(byPassword.status()).as(byPassword.body()).isEqualTo(200);
        assertThat(byPassword.json().path("newAccount").asBoolean()).isFalse();
        assertThat(me(byPassword.json().path("accessToken").asString())).isEqualTo(200);
        Http.Reply formatted = journeys.passwordSignIn("+86 " + phone.substring(0, 3) + " " + phone.substring(3, 7) + " " + phone.substring(7),
                Journeys.PASSWORD, false, Journeys.newAddress());
        assertThat(formatted.status()).isEqualTo(200);

        clock.advance(Duration.ofSeconds(61));
        String code = journeys.codeFor(phone, "LOGIN");
        Http.Reply bySms = http.post("/api/v1/auth/login/sms", Http.json(Map.of("phone", phone, "code", code))).send();
        assertThat(bySms.status()).as(bySms.body()).isEqualTo(200);
        assertThat(bySms.json().path("accountId").asString()).isEqualTo(byPassword.json().path("accountId").asString());
        Http.Reply unknown = http.post("/api/v1/auth/login/sms", Http.json(Map.of("phone", Journeys.newPhone(), "code", "123456"))).send();
        assertThat(unknown.status()).isEqualTo(422);
    }

    @Test
    @DisplayName("C1.4 a wrong password is one generic answer; the fifth in a row locks the account for 15 minutes, answered like an unknown account")
    void lockout() {
        String phone = Journeys.newPhone();
        journeys.register(phone, "CUSTOMER", false);
        String address = Journeys.newAddress();
        for (int i = 1; i <= 4; i++) {
            Http.Reply wrong = journeys.passwordSignIn(phone, "not-the-password", false, address);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.json().path("code").asString()).isEqualTo("identity.bad-credentials");
        }
        Http.Reply fifth = journeys.passwordSignIn(phone, "not-the-password", false, address);
        assertThat(fifth.status()).isEqualTo(401);
        assertThat(fifth.json().path("code").asString()).isEqualTo("identity.bad-credentials");
        assertThat(fifth.json().path("detail").asString()).contains("15");
        // locked: even the right password gets the answer an unknown account gets
        Http.Reply locked = journeys.passwordSignIn(phone, Journeys.PASSWORD, false, address);
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.json().path("code").asString()).isEqualTo("identity.bad-credentials");
        Http.Reply unknown = journeys.passwordSignIn(Journeys.newPhone(), "whatever-password", false, address);
        assertThat(unknown.json().path("code").asString()).isEqualTo("identity.bad-credentials");

        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(journeys.passwordSignIn(phone, Journeys.PASSWORD, false, address).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("C1.4 thirty failed sign-ins from one address, across accounts, make that address wait")
    void addressLimit() {
        String address = Journeys.newAddress();
        for (int i = 0; i < 30; i++) {
            assertThat(journeys.passwordSignIn(Journeys.newPhone(), "guess-" + i + "-password", false, address).status()).isEqualTo(401);
        }
        Http.Reply limited = journeys.passwordSignIn(Journeys.newPhone(), "guess-password", false, address);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().path("code").asString()).isEqualTo("identity.sign-in-address-limit");
    }

    @Test
    @DisplayName("C1.4 remember me: the refresh token rotates; replaying a used one ends the whole session")
    void rotationAndReuse() {
        JsonNode first = journeys.register(Journeys.newPhone(), "CUSTOMER", true);
        assertThat(Duration.between(java.time.OffsetDateTime.now(), java.time.OffsetDateTime.parse(first.path("refreshTokenExpiresAt").asString())))
                .isGreaterThan(Duration.ofDays(29));
        Http.Reply second = refresh(first.path("refreshToken").asString());
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        String rotated = second.json().path("refreshToken").asString();
        assertThat(rotated).isNotEqualTo(first.path("refreshToken").asString());
        assertThat(me(second.json().path("accessToken").asString())).isEqualTo(200);

        Http.Reply replay = refresh(first.path("refreshToken").asString());
        assertThat(replay.status()).isEqualTo(401);
        assertThat(replay.json().path("code").asString()).isEqualTo("identity.refresh-reused");
        assertThat(refresh(rotated).status()).as("the family is revoked").isEqualTo(401);
        assertThat(me(second.json().path("accessToken").asString())).as("and so is its access token").isEqualTo(401);
    }

    @Test
    @DisplayName("C1.4 remember me keeps the sign-in for 30 days; without it the session ends after 12 hours")
    void lifetimes() {
        JsonNode remembered = journeys.register(Journeys.newPhone(), "CUSTOMER", true);
        JsonNode plain = journeys.register(Journeys.newPhone(), "CUSTOMER", false);
        clock.advance(Duration.ofMinutes(16));
        assertThat(me(plain.path("accessToken").asString())).as("access tokens live 15 minutes").isEqualTo(401);
        Http.Reply plainRefresh = refresh(plain.path("refreshToken").asString());
        assertThat(plainRefresh.status()).isEqualTo(200);
        clock.advance(Duration.ofHours(12));
        assertThat(refresh(plainRefresh.json().path("refreshToken").asString()).json().path("code").asString())
                .isEqualTo("identity.session-ended");

        String token = remembered.path("refreshToken").asString();
        for (int day = 0; day < 29; day++) {
            clock.advance(Duration.ofDays(1));
            Http.Reply next = refresh(token);
            assertThat(next.status()).as("day %d", day).isEqualTo(200);
            token = next.json().path("refreshToken").asString();
        }
        clock.advance(Duration.ofDays(1));
        assertThat(refresh(token).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("C1.4 signing out ends the access and refresh tokens at once; other sessions stay")
    void signOut() {
        String phone = Journeys.newPhone();
        JsonNode phoneA = journeys.register(phone, "CUSTOMER", true);
        JsonNode phoneB = journeys.passwordSignIn(phone, Journeys.PASSWORD, true, Journeys.newAddress()).json();
        assertThat(http.post("/api/v1/auth/logout", "").bearer(phoneA.path("accessToken").asString()).send().status()).isEqualTo(204);
        assertThat(me(phoneA.path("accessToken").asString())).isEqualTo(401);
        assertThat(refresh(phoneA.path("refreshToken").asString()).status()).isEqualTo(401);
        assertThat(me(phoneB.path("accessToken").asString())).isEqualTo(200);
        assertThat(http.post("/api/v1/auth/logout", "").send().status()).isEqualTo(401);
    }

    @Test
    @DisplayName("C1.4 changing the password ends every session; the new one works, the old one does not")
    void changePassword() {
        String phone = Journeys.newPhone();
        JsonNode one = journeys.register(phone, "CUSTOMER", true);
        JsonNode two = journeys.passwordSignIn(phone, Journeys.PASSWORD, true, Journeys.newAddress()).json();
        String token = one.path("accessToken").asString();
        Http.Reply wrongCurrent = http.put("/api/v1/auth/password", Http.json(Map.of("currentPassword", "nope-nope-nope",
                "newPassword", "Xin-Mi-Ma-2027"))).bearer(token).send();
        assertThat(wrongCurrent.status()).isEqualTo(422);
        assertThat(http.put("/api/v1/auth/password", Http.json(Map.of("currentPassword", Journeys.PASSWORD,
                "newPassword", "Xin-Mi-Ma-2027"))).bearer(token).send().status()).isEqualTo(204);
        assertThat(me(token)).isEqualTo(401);
        assertThat(me(two.path("accessToken").asString())).isEqualTo(401);
        assertThat(refresh(two.path("refreshToken").asString()).status()).isEqualTo(401);
        assertThat(journeys.passwordSignIn(phone, Journeys.PASSWORD, false, Journeys.newAddress()).status()).isEqualTo(401);
        assertThat(journeys.passwordSignIn(phone, "Xin-Mi-Ma-2027", false, Journeys.newAddress()).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("C1.4 a forgotten password is reset by SMS code, which ends every session")
    void resetBySms() {
        String phone = Journeys.newPhone();
        JsonNode session = journeys.register(phone, "CUSTOMER", true);
        clock.advance(Duration.ofSeconds(61));
        String code = journeys.codeFor(phone, "RESET_PASSWORD");
        Http.Reply weak = http.post("/api/v1/auth/password/reset-sms", Http.json(Map.of("phone", phone, "code", code,
                "newPassword", "password"))).send();
        assertThat(weak.json().path("code").asString()).isEqualTo("identity.password-too-common");
        assertThat(http.post("/api/v1/auth/password/reset-sms", Http.json(Map.of("phone", phone, "code", code,
                "newPassword", "Chong-Zhi-2027"))).send().status()).isEqualTo(204);
        assertThat(me(session.path("accessToken").asString())).isEqualTo(401);
        assertThat(journeys.passwordSignIn(phone, "Chong-Zhi-2027", false, Journeys.newAddress()).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/auth/password/reset-sms", Http.json(Map.of("phone", phone, "code", code,
                "newPassword", "Another-2027-pw"))).send().status()).as("the code worked once").isEqualTo(422);
    }

    @Test
    @DisplayName("C1.4 forged, malformed and replayed tokens are refused with a problem and change nothing")
    void badTokens() {
        assertThat(refresh("x".repeat(43)).json().path("code").asString()).isEqualTo("identity.refresh-invalid");
        assertThat(refresh("short").json().path("code").asString()).isEqualTo("identity.refresh-invalid");
        assertThat(refresh("../../etc/passwd-aaaaaaaaaaaaaaaaaaaaaaaaaaaa").status()).isEqualTo(401);
        assertThat(http.post("/api/v1/auth/token/refresh", "{}").send().status()).isEqualTo(400);
        assertThat(http.get("/api/v1/auth/me").bearer("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.").send().status()).isEqualTo(401);
        String token = journeys.customerToken();
        String tampered = token.substring(0, token.length() - 3) + (token.endsWith("A") ? "BBB" : "AAA");
        assertThat(me(tampered)).isEqualTo(401);
    }
}
