package org.shangmen.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/** The steps people take over HTTP, shared by the journey tests. */
public final class Journeys {

    public static final String PASSWORD = "Qing-Jie-2026!";
    private static final Pattern CODE = Pattern.compile("验证码为 ?([0-9]{6})");

    private final Http http;
    private final org.shangmen.identity.api.OperatorAdministration operators;

    public Journeys(Http http) {
        this(http, null);
    }

    public Journeys(Http http, org.shangmen.identity.api.OperatorAdministration operators) {
        this.http = http;
        this.operators = operators;
    }

    /** A fresh mainland mobile number nobody has used in this run. */
    public static String newPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A client address for requests that should not share rate limits with other tests. */
    public static String newAddress() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "203.0." + r.nextInt(1, 255) + "." + r.nextInt(1, 255);
    }

    public Http.Reply sendCode(String phone, String purpose, String address) {
        return http.post("/api/v1/auth/sms-codes", Http.json(Map.of("phone", phone, "purpose", purpose)))
                .header("X-Forwarded-For", address).send();
    }

    /** The newest code the development SMS outbox holds for a phone. */
    public String latestCode(String phone) {
        String e164 = "+86" + phone;
        JsonNode items = http.get("/api/v1/dev/outbox?to=%2B86" + phone).send().json().path("items");
        for (JsonNode item : items) {
            if (e164.equals(item.path("to").asString())) {
                Matcher m = CODE.matcher(item.path("body").asString());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        throw new AssertionError("no code in the outbox for " + phone);
    }

    public String codeFor(String phone, String purpose) {
        Http.Reply sent = sendCode(phone, purpose, newAddress());
        assertThat(sent.status()).as(sent.body()).isEqualTo(202);
        return latestCode(phone);
    }

    /** Registers by phone and answers the token response. */
    public JsonNode register(String phone, String role, boolean rememberMe) {
        String code = codeFor(phone, "REGISTER");
        Http.Reply reply = http.post("/api/v1/auth/register/phone", Http.json(Map.of("phone", phone, "code", code,
                "password", PASSWORD, "role", role, "rememberMe", rememberMe))).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json();
    }

    public String customerToken() {
        return register(newPhone(), "CUSTOMER", false).path("accessToken").asString();
    }

    public String workerToken() {
        return register(newPhone(), "WORKER", false).path("accessToken").asString();
    }

    /**
     * An operator with the given permissions, past the forced password change, signed in.
     */
    /** An operator with the given permissions, made through the platform's own operator administration. */
    public String operatorToken(String... permissions) {
        if (operators == null) {
            throw new IllegalStateException("this Journeys was made without the operator administration; use the injected one");
        }
        return operatorToken(operators, permissions);
    }

    public String operatorToken(org.shangmen.identity.api.OperatorAdministration operators, String... permissions) {
        String name = "op-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        operators.createOperator(name, "Chu-Shi-Mi-Ma-01", java.util.Set.of(permissions));
        String first = passwordSignIn(name, "Chu-Shi-Mi-Ma-01", false, newAddress()).json().path("accessToken").asString();
        Http.Reply changed = http.put("/api/v1/auth/password", Http.json(Map.of("currentPassword", "Chu-Shi-Mi-Ma-01",
                "newPassword", "Yun-Ying-Mi-Ma-02"))).bearer(first).send();
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        Http.Reply signedIn = passwordSignIn(name, "Yun-Ying-Mi-Ma-02", false, newAddress());
        assertThat(signedIn.status()).isEqualTo(200);
        return signedIn.json().path("accessToken").asString();
    }

    public Http.Reply passwordSignIn(String account, String password, boolean rememberMe, String address) {
        return http.post("/api/v1/auth/login/password", Http.json(Map.of("account", account, "password", password,
                "rememberMe", rememberMe))).header("X-Forwarded-For", address).send();
    }
}
