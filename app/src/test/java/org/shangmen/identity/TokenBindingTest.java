package org.shangmen.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.identity.api.OperatorAdministration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A signed token is only a pointer to a live session: the account and its permissions come from the server. */
@PlatformTest
class TokenBindingTest {

    @Autowired
    JwtEncoder encoder;
    @Autowired
    OperatorAdministration operators;
    @Autowired
    MutableClock clock;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;

    private static JsonNode claims(String token) {
        String payload = token.split("\\.")[1];
        return JsonMapper.builder().build().readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private String forge(String subject, String sessionId, List<String> roles, List<String> permissions) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("shangmen").subject(subject).issuedAt(now)
                .expiresAt(now.plusSeconds(600)).claim("sid", sessionId).claim("roles", roles).claim("perms", permissions)
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }

    @Test
    @DisplayName("C1.3 a signed token carrying one account's live session but another account's id is refused")
    void otherAccountsIdIsRefused() {
        JsonNode a = claims(journeys.customerToken());
        String b = claims(journeys.customerToken()).path("sub").asString();

        String forged = forge(b, a.path("sid").asString(), List.of("CUSTOMER"), List.of());

        Http.Reply reply = http.get("/api/v1/auth/me").bearer(forged).send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        String genuine = forge(a.path("sub").asString(), a.path("sid").asString(), List.of("CUSTOMER"), List.of());
        assertThat(http.get("/api/v1/auth/me").bearer(genuine).send().status()).isEqualTo(200);
    }

    @Test
    @DisplayName("A1.2 a customer's session with a forged admin role and superadmin permission acts only as that customer")
    void forgedPermissionsAreIgnored() {
        JsonNode a = claims(journeys.customerToken());

        String forged = forge(a.path("sub").asString(), a.path("sid").asString(), List.of("CUSTOMER", "ADMIN"),
                List.of("superadmin"));

        assertThat(http.get("/api/v1/admin/operators").bearer(forged).send().status()).isEqualTo(403);
        assertThat(http.get("/api/v1/customer/orders").bearer(forged).send().status()).isEqualTo(200);
    }

    @Test
    @DisplayName("A1.2 an auditor's token claiming superadmin cannot create operators")
    void operatorCannotWidenPermissions() {
        JsonNode auditor = claims(journeys.operatorToken(operators, "auditor"));

        String forged = forge(auditor.path("sub").asString(), auditor.path("sid").asString(), List.of("ADMIN"),
                List.of("auditor", "superadmin"));

        Http.Reply create = http.post("/api/v1/admin/operators", Http.json(java.util.Map.of("username", "forged-op",
                "initialPassword", "Chu-Shi-Mi-Ma-01", "permissions", List.of("superadmin")))).bearer(forged).send();
        assertThat(create.status()).as(create.body()).isEqualTo(403);
        assertThat(http.get("/api/v1/admin/operators").bearer(forged).send().status()).isEqualTo(200);
    }
}
