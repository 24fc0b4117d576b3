package org.shangmen.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

@PlatformTest
@ExtendWith(OutputCaptureExtension.class)
class PhoneRegistrationJourneyTest {

    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.shangmen.kernel.FieldCipher cipher;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;

    private Http.Reply register(String phone, String code, String password) {
        return http.post("/api/v1/auth/register/phone", Http.json(Map.of("phone", phone, "code", code, "password", password,
                "role", "CUSTOMER"))).send();
    }

    private long accounts() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM identity.account", Long.class);
    }

    @Test
    @DisplayName("C1.1 a customer registers by phone, code and password, and sees their own full number")
    void registerByPhone(CapturedOutput output) {
        String phone = Journeys.newPhone();
        JsonNode tokens = journeys.register(phone, "CUSTOMER", true);
        assertThat(tokens.path("roles").get(0).asString()).isEqualTo("CUSTOMER");
        assertThat(tokens.path("newAccount").asBoolean()).isTrue();
        assertThat(tokens.path("tokenType").asString()).isEqualTo("Bearer");
        assertThat(tokens.path("expiresIn").asLong()).isBetween(850L, 900L);
        assertThat(tokens.path("refreshToken").asString()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(tokens.path("phone").asString()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(tokens.path("accessTokenExpiresAt").asString()).endsWith("+08:00");

        JsonNode me = http.get("/api/v1/auth/me").bearer(tokens.path("accessToken").asString()).send().json();
        assertThat(me.path("phone").asString()).isEqualTo(phone);
        assertThat(me.path("hasPassword").asBoolean()).isTrue();

        // A1.2: the phone is encrypted at rest, and neither the phone nor a code reaches the logs.
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM identity.account WHERE id = ?",
                java.util.UUID.fromString(tokens.path("accountId").asString()));
        assertThat(row.values().stream().map(String::valueOf)).noneMatch(v -> v.contains(phone.substring(3)));
        assertThat(output.getAll()).doesNotContain(phone.substring(3));
    }

    @Test
    @DisplayName("W1.1 a worker registers by phone and starts with the worker role only")
    void workerRegisters() {
        JsonNode tokens = journeys.register(Journeys.newPhone(), "WORKER", false);
        assertThat(tokens.path("roles").get(0).asString()).isEqualTo("WORKER");
        assertThat(tokens.path("roles")).hasSize(1);
        String worker = tokens.path("accessToken").asString();
        assertThat(http.get("/api/v1/customer/orders").bearer(worker).send().status()).isEqualTo(403);
    }

    @Test
    @DisplayName("C1.1 nobody can register themselves as an operator")
    void noSelfServiceAdmin() {
        String phone = Journeys.newPhone();
        String code = journeys.codeFor(phone, "REGISTER");
        Http.Reply reply = http.post("/api/v1/auth/register/phone", Http.json(Map.of("phone", phone, "code", code,
                "password", Journeys.PASSWORD, "role", "ADMIN"))).send();
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().path("code").asString()).isEqualTo("identity.role-not-self-service");
    }

    @Test
    @DisplayName("C1.1 a wrong code says how many tries are left; the fifth wrong entry kills the code, even for the right one")
    void wrongCodes() {
        String phone = Journeys.newPhone();
        String code = journeys.codeFor(phone, "REGISTER");
        String wrong = code.equals("000000") ? "111111" : "000000";
        long before = accounts();
        for (int left = 4; left >= 1; left--) {
            Http.Reply reply = register(phone, wrong, Journeys.PASSWORD);
            assertThat(reply.status()).isEqualTo(422);
            assertThat(reply.json().path("code").asString()).isEqualTo("identity.code-wrong");
            assertThat(reply.json().path("detail").asString()).contains(String.valueOf(left));
        }
        assertThat(register(phone, wrong, Journeys.PASSWORD).json().path("code").asString()).isEqualTo("identity.code-invalid");
        Http.Reply right = register(phone, code, Journeys.PASSWORD);
        assertThat(right.status()).isEqualTo(422);
        assertThat(right.json().path("code").asString()).isEqualTo("identity.code-invalid");
        assertThat(accounts()).isEqualTo(before);
    }

    @Test
    @DisplayName("C1.1 a code is valid five minutes, works once, and only for its purpose")
    void codeLifetimeAndPurpose() {
        String phone = Journeys.newPhone();
        String loginCode = journeys.codeFor(phone, "LOGIN");
        assertThat(register(phone, loginCode, Journeys.PASSWORD).json().path("code").asString()).isEqualTo("identity.code-invalid");

        clock.advance(Duration.ofSeconds(61));
        String code = journeys.codeFor(phone, "REGISTER");
        clock.advance(Duration.ofMinutes(5).plusSeconds(1));
        Http.Reply expired = register(phone, code, Journeys.PASSWORD);
        assertThat(expired.status()).isEqualTo(422);
        assertThat(expired.json().path("code").asString()).isEqualTo("identity.code-expired");

        String fresh = journeys.codeFor(phone, "REGISTER");
        assertThat(register(phone, fresh, Journeys.PASSWORD).status()).isEqualTo(201);
        String other = Journeys.newPhone();
        assertThat(register(phone, fresh, Journeys.PASSWORD).json().path("code").asString()).isEqualTo("identity.code-invalid");
        assertThat(register(other, fresh, Journeys.PASSWORD).status()).isEqualTo(422);
    }

    @Test
    @DisplayName("C1.1 sending is limited per phone: one a minute, five an hour, ten a day")
    void perPhoneLimits() {
        String phone = Journeys.newPhone();
        assertThat(journeys.sendCode(phone, "LOGIN", Journeys.newAddress()).status()).isEqualTo(202);
        Http.Reply tooSoon = journeys.sendCode(phone, "LOGIN", Journeys.newAddress());
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.json().path("code").asString()).isEqualTo("identity.code-resend-too-soon");
        for (int i = 2; i <= 5; i++) {
            clock.advance(Duration.ofSeconds(61));
            assertThat(journeys.sendCode(phone, "LOGIN", Journeys.newAddress()).status()).as("send %d", i).isEqualTo(202);
        }
        clock.advance(Duration.ofSeconds(61));
        Http.Reply hourly = journeys.sendCode(phone, "LOGIN", Journeys.newAddress());
        assertThat(hourly.status()).isEqualTo(429);
        assertThat(hourly.json().path("code").asString()).isEqualTo("identity.code-hourly-limit");

        clock.advance(Duration.ofHours(1));
        for (int i = 6; i <= 10; i++) {
            clock.advance(Duration.ofSeconds(61));
            assertThat(journeys.sendCode(phone, "LOGIN", Journeys.newAddress()).status()).as("send %d", i).isEqualTo(202);
        }
        clock.advance(Duration.ofHours(1));
        Http.Reply daily = journeys.sendCode(phone, "LOGIN", Journeys.newAddress());
        assertThat(daily.status()).isEqualTo(429);
        assertThat(daily.json().path("code").asString()).isEqualTo("identity.code-daily-limit");
        clock.advance(Duration.ofHours(23));
        assertThat(journeys.sendCode(phone, "LOGIN", Journeys.newAddress()).status()).isEqualTo(202);
    }

    @Test
    @DisplayName("C1.1 sending is limited per client address: twenty an hour, the twenty-first refused")
    void perAddressLimit() {
        String address = Journeys.newAddress();
        for (int i = 1; i <= 20; i++) {
            assertThat(journeys.sendCode(Journeys.newPhone(), "REGISTER", address).status()).as("send %d", i).isEqualTo(202);
        }
        Http.Reply limited = journeys.sendCode(Journeys.newPhone(), "REGISTER", address);
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.json().path("code").asString()).isEqualTo("identity.code-address-limit");
        assertThat(journeys.sendCode(Journeys.newPhone(), "REGISTER", Journeys.newAddress()).status()).isEqualTo(202);
    }

    @Test
    @DisplayName("C1.1 one code cannot register two accounts, however many requests race with it")
    void concurrentRegistration() throws Exception {
        String phone = Journeys.newPhone();
        String code = journeys.codeFor(phone, "REGISTER");
        int threads = 8;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<Integer> attempt = () -> {
                start.await();
                return register(phone, code, Journeys.PASSWORD).status();
            };
            results.add(pool.submit(attempt));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> f : results) {
            statuses.add(f.get());
        }
        pool.shutdown();
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s != 201).allMatch(s -> s == 409 || s == 422);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM identity.account WHERE phone_hash = ?", Long.class,
                cipher.lookupHash("phone:+86" + phone))).isEqualTo(1);
    }

    @Test
    @DisplayName("C1.1 bad phones, passwords and codes get a clear problem and store nothing")
    void badInput() {
        long before = accounts();
        for (String phone : new String[] {"12345", "0755-12345678", "+1 212 555 0100", "1381234123", "13812341234567890", "abc"}) {
            Http.Reply reply = journeys.sendCode(phone, "REGISTER", Journeys.newAddress());
            assertThat(reply.status()).as(phone).isEqualTo(400);
            assertThat(reply.json().path("code").asString()).as(phone).isIn("identity.phone-invalid", "common.validation");
        }
        String phone = Journeys.newPhone();
        String code = journeys.codeFor(phone, "REGISTER");
        Map<String, String> passwords = Map.of("short1!", "identity.password-too-short", "123456789", "identity.password-too-common",
                phone, "identity.password-is-personal", "x".repeat(129), "identity.password-too-long");
        passwords.forEach((password, expected) -> {
            Http.Reply reply = register(phone, code, password);
            assertThat(reply.status()).as(expected).isEqualTo(400);
            assertThat(reply.json().path("code").asString()).isEqualTo(expected);
        });
        assertThat(register(phone, "12ab56", Journeys.PASSWORD).json().path("code").asString()).isEqualTo("identity.code-format");
        assertThat(http.post("/api/v1/auth/register/phone", "{\"phone\":").send().status()).isEqualTo(400);
        assertThat(http.post("/api/v1/auth/register/phone", Http.json(Map.of("phone", phone, "code", code, "password",
                Journeys.PASSWORD, "role", "EMPEROR"))).send().json().path("code").asString()).isEqualTo("common.malformed-body");
        assertThat(accounts()).isEqualTo(before);
        assertThat(register(phone, code, Journeys.PASSWORD).status()).as("the code is still good after refusals").isEqualTo(201);
    }
}
