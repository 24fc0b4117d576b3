package org.shangmen.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.identity.api.AccountDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@PlatformTest
class EmailAndSocialJourneyTest {

    private static final Pattern LINK_TOKEN = Pattern.compile("token=([A-Za-z0-9_-]{43})");
    private static final Pattern RESET_TOKEN = Pattern.compile("重置令牌:([A-Za-z0-9_-]{43})");

    @Autowired
    MutableClock clock;
    @Autowired
    AccountDirectory directory;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;

    private static String newEmail() {
        return "user-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private String mailedToken(String email, Pattern pattern) {
        JsonNode items = http.get("/api/v1/dev/outbox?to=" + email).send().json().path("items");
        for (JsonNode item : items) {
            Matcher m = pattern.matcher(item.path("body").asString());
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no mail with a token for " + email);
    }

    private Http.Reply registerByEmail(String email) {
        return http.post("/api/v1/auth/register/email", Http.json(Map.of("email", email, "password", Journeys.PASSWORD))).send();
    }

    @Test
    @DisplayName("C1.2 register by e-mail: the mailed link completes registration; before it the account cannot sign in or book")
    void emailRegistration() {
        String email = newEmail();
        assertThat(registerByEmail(email).status()).isEqualTo(202);
        Http.Reply early = journeys.passwordSignIn(email, Journeys.PASSWORD, false, Journeys.newAddress());
        assertThat(early.status()).isEqualTo(403);
        assertThat(early.json().path("code").asString()).isEqualTo("identity.email-not-verified");
        String token = mailedToken(email, LINK_TOKEN);
        UUID accountId = jdbc.queryForObject("SELECT account_id FROM identity.one_time_token WHERE purpose = 'VERIFY_EMAIL' "
                + "ORDER BY created_at DESC LIMIT 1", UUID.class);
        assertThat(directory.mayTransact(accountId)).isFalse();

        Http.Reply verified = http.get("/api/v1/auth/email/verify?token=" + token).send();
        assertThat(verified.status()).isEqualTo(200);
        assertThat(directory.mayTransact(accountId)).isTrue();
        Http.Reply signedIn = journeys.passwordSignIn(email.toUpperCase(), Journeys.PASSWORD, true, Journeys.newAddress());
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
        JsonNode me = http.get("/api/v1/auth/me").bearer(signedIn.json().path("accessToken").asString()).send().json();
        assertThat(me.path("email").asString()).isEqualTo(email);
        assertThat(me.path("emailVerified").asBoolean()).isTrue();

        Http.Reply again = http.get("/api/v1/auth/email/verify?token=" + token).send();
        assertThat(again.status()).isEqualTo(422);
        assertThat(again.json().path("code").asString()).isEqualTo("identity.link-invalid");
        assertThat(registerByEmail(email).status()).isEqualTo(202);
        String raw = jdbc.queryForObject("SELECT email_cipher FROM identity.account WHERE id = ?", String.class, accountId);
        assertThat(raw).doesNotContain("example.com");
    }

    @Test
    @DisplayName("C1.2 a verification link expires after 24 hours, and a forged one is refused")
    void linkExpiry() {
        String email = newEmail();
        registerByEmail(email);
        String token = mailedToken(email, LINK_TOKEN);
        assertThat(http.get("/api/v1/auth/email/verify?token=" + "A".repeat(43)).send().json().path("code").asString())
                .isEqualTo("identity.link-invalid");
        assertThat(http.get("/api/v1/auth/email/verify?token=%3Cscript%3E").send().status()).isEqualTo(422);
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        Http.Reply expired = http.get("/api/v1/auth/email/verify?token=" + token).send();
        assertThat(expired.status()).isEqualTo(422);
        assertThat(expired.json().path("code").asString()).isEqualTo("identity.link-expired");
    }

    @Test
    @DisplayName("C1.2 bad e-mail addresses and passwords are refused and nothing is stored")
    void badEmails() {
        long before = jdbc.queryForObject("SELECT COUNT(*) FROM identity.account", Long.class);
        for (String bad : new String[] {"plain", "a@b", "@example.com", "a b@example.com", "x".repeat(250) + "@example.com"}) {
            Http.Reply reply = registerByEmail(bad);
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(reply.json().path("code").asString()).isIn("identity.email-invalid", "common.validation");
        }
        Http.Reply weak = http.post("/api/v1/auth/register/email", Http.json(Map.of("email", newEmail(), "password", "qwerty123"))).send();
        assertThat(weak.json().path("code").asString()).isEqualTo("identity.password-too-common");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity.account", Long.class)).isEqualTo(before);
    }

    @Test
    @DisplayName("C1.4 a password is reset through a mailed link, which ends every session; the same answer for unknown addresses")
    void resetByMail() {
        String email = newEmail();
        registerByEmail(email);
        http.get("/api/v1/auth/email/verify?token=" + mailedToken(email, LINK_TOKEN)).send();
        JsonNode session = journeys.passwordSignIn(email, Journeys.PASSWORD, true, Journeys.newAddress()).json();
        Http.Reply request = http.post("/api/v1/auth/password/reset-mail-requests", Http.json(Map.of("email", email))).send();
        Http.Reply unknown = http.post("/api/v1/auth/password/reset-mail-requests", Http.json(Map.of("email", newEmail()))).send();
        assertThat(request.status()).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(unknown.body()).isEqualTo(request.body());
        String token = mailedToken(email, RESET_TOKEN);
        assertThat(http.post("/api/v1/auth/password/reset-mail", Http.json(Map.of("token", token, "newPassword", "Mail-Reset-2027")))
                .send().status()).isEqualTo(204);
        assertThat(http.get("/api/v1/auth/me").bearer(session.path("accessToken").asString()).send().status()).isEqualTo(401);
        assertThat(journeys.passwordSignIn(email, "Mail-Reset-2027", false, Journeys.newAddress()).status()).isEqualTo(200);
        assertThat(http.post("/api/v1/auth/password/reset-mail", Http.json(Map.of("token", token, "newPassword", "Again-Reset-2027")))
                .send().status()).isEqualTo(422);
    }

    @Test
    @DisplayName("C1.3 WeChat mini-program sign-in creates the account once, finds it again, and can bind a phone later")
    void weChat() {
        String code = "dev-" + UUID.randomUUID();
        Http.Reply first = http.post("/api/v1/auth/login/wechat", Http.json(Map.of("code", code, "rememberMe", true))).send();
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("newAccount").asBoolean()).isTrue();
        assertThat(first.body()).doesNotContain("session_key", "sessionKey", "openid");
        Http.Reply second = http.post("/api/v1/auth/login/wechat", Http.json(Map.of("code", code))).send();
        assertThat(second.json().path("newAccount").asBoolean()).isFalse();
        assertThat(second.json().path("accountId").asString()).isEqualTo(first.json().path("accountId").asString());

        String token = first.json().path("accessToken").asString();
        JsonNode me = http.get("/api/v1/auth/me").bearer(token).send().json();
        assertThat(me.path("socialProviders").get(0).asString()).isEqualTo("WECHAT");
        assertThat(me.path("hasPassword").asBoolean()).isFalse();

        String phone = Journeys.newPhone();
        String bindCode = journeys.codeFor(phone, "BIND_PHONE");
        Http.Reply bound = http.post("/api/v1/auth/phone", Http.json(Map.of("phone", phone, "code", bindCode))).bearer(token).send();
        assertThat(bound.status()).as(bound.body()).isEqualTo(200);
        assertThat(bound.json().path("phone").asString()).isEqualTo(phone);
        clock.advance(Duration.ofSeconds(61));
        String loginCode = journeys.codeFor(phone, "LOGIN");
        Http.Reply bySms = http.post("/api/v1/auth/login/sms", Http.json(Map.of("phone", phone, "code", loginCode))).send();
        assertThat(bySms.json().path("accountId").asString()).isEqualTo(first.json().path("accountId").asString());
    }

    @Test
    @DisplayName("C1.3 a phone that belongs to someone else cannot be bound to a social account")
    void bindTakenPhone() {
        String phone = Journeys.newPhone();
        journeys.register(phone, "CUSTOMER", false);
        String token = http.post("/api/v1/auth/login/wechat", Http.json(Map.of("code", "dev-" + UUID.randomUUID()))).send()
                .json().path("accessToken").asString();
        Http.Reply taken = http.post("/api/v1/auth/phone", Http.json(Map.of("phone", phone, "code", "123456"))).bearer(token).send();
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().path("code").asString()).isEqualTo("identity.phone-registered");
    }

    @Test
    @DisplayName("C1.3 QQ sign-in by OAuth code; a worker can sign up through QQ; bad codes are refused")
    void qq() {
        String code = "dev-" + UUID.randomUUID();
        Http.Reply worker = http.post("/api/v1/auth/login/qq", Http.json(Map.of("code", code,
                "redirectUri", "https://m.shangmen.example/qq/callback", "role", "WORKER"))).send();
        assertThat(worker.status()).as(worker.body()).isEqualTo(200);
        assertThat(worker.json().path("roles").get(0).asString()).isEqualTo("WORKER");
        Http.Reply noRedirect = http.post("/api/v1/auth/login/qq", Http.json(Map.of("code", code))).send();
        assertThat(noRedirect.status()).isEqualTo(400);
        Http.Reply invalid = http.post("/api/v1/auth/login/wechat", Http.json(Map.of("code", "not-a-dev-code"))).send();
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.json().path("code").asString()).isEqualTo("identity.social-code-invalid");
        assertThat(http.post("/api/v1/auth/login/wechat", Http.json(Map.of("code", "x".repeat(300)))).send().status()).isEqualTo(400);
    }
}
