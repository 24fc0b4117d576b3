package org.shangmen.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@PlatformTest
class OperatorJourneyTest {

    @Autowired
    Http http;
    @Autowired
    Journeys journeys;

    private String signIn(String username, String password) {
        Http.Reply reply = journeys.passwordSignIn(username, password, false, Journeys.newAddress());
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().path("accessToken").asString();
    }

    @Test
    @DisplayName("A2 the first operator comes from configuration, must change the password, then creates operators with permissions")
    void operators() {
        Http.Reply first = journeys.passwordSignIn("root-admin", "Test-Admin-Passw0rd", false, Journeys.newAddress());
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().path("passwordChangeRequired").asBoolean()).isTrue();
        String initial = first.json().path("accessToken").asString();
        assertThat(http.get("/api/v1/admin/operators").bearer(initial).send().status())
                .as("no permission works before the password is changed").isEqualTo(403);
        assertThat(http.put("/api/v1/auth/password", Http.json(Map.of("currentPassword", "Test-Admin-Passw0rd",
                "newPassword", "Root-Admin-Changed-1"))).bearer(initial).send().status()).isEqualTo(204);

        String root = signIn("root-admin", "Root-Admin-Changed-1");
        JsonNode me = http.get("/api/v1/auth/me").bearer(root).send().json();
        assertThat(me.path("permissions").get(0).asString()).isEqualTo("superadmin");

        Http.Reply created = http.post("/api/v1/admin/operators", Http.json(Map.of("username", "finance-li",
                "initialPassword", "Cai-Wu-Chu-Shi-1", "permissions", List.of("finance")))).bearer(root).send();
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("passwordChangeRequired").asBoolean()).isTrue();
        assertThat(http.post("/api/v1/admin/operators", Http.json(Map.of("username", "finance-li",
                "initialPassword", "Cai-Wu-Chu-Shi-1", "permissions", List.of("finance")))).bearer(root).send().status()).isEqualTo(409);
        Http.Reply badPermission = http.post("/api/v1/admin/operators", Http.json(Map.of("username", "x-man",
                "initialPassword", "Cai-Wu-Chu-Shi-1", "permissions", List.of("god")))).bearer(root).send();
        assertThat(badPermission.json().path("code").asString()).isEqualTo("identity.permissions-invalid");
        assertThat(http.get("/api/v1/admin/operators").bearer(root).send().json().path("items").findValuesAsString("username"))
                .contains("root-admin", "finance-li");

        String finance = signIn("finance-li", "Cai-Wu-Chu-Shi-1");
        http.put("/api/v1/auth/password", Http.json(Map.of("currentPassword", "Cai-Wu-Chu-Shi-1", "newPassword", "Cai-Wu-Xin-Mi-2")))
                .bearer(finance).send();
        String financeNow = signIn("finance-li", "Cai-Wu-Xin-Mi-2");
        assertThat(http.get("/api/v1/admin/operators").bearer(financeNow).send().status())
                .as("finance may not manage operators").isEqualTo(403);
        assertThat(http.post("/api/v1/admin/operators", Http.json(Map.of("username", "sneaky", "initialPassword", "Cai-Wu-Chu-Shi-1",
                "permissions", List.of("superadmin")))).bearer(financeNow).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/admin/operators").bearer(journeys.customerToken()).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/admin/operators").send().status()).isEqualTo(401);
    }
}
