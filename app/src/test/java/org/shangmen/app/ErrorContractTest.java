package org.shangmen.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.app.support.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import tools.jackson.databind.JsonNode;

@PlatformTest
class ErrorContractTest {

    @Autowired
    JwtEncoder encoder;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;

    private static JsonNode problem(Http.Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode body = reply.json();
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("code").asString()).isEqualTo(code);
        assertThat(body.path("detail").asString()).isNotBlank();
        assertThat(body.path("requestId").asString()).isEqualTo(reply.header("X-Request-Id"));
        assertThat(reply.body()).doesNotContain("trace", "exception", "java.", "org.springframework", "at org.");
        return body;
    }

    @Test
    @DisplayName("malformed JSON is a 400 problem with a Chinese detail")
    void malformedJson() {
        JsonNode body = problem(http.post("/api/v1/public/test-probe", "{bad").send(), 400, "common.malformed-body");
        assertThat(body.path("detail").asString()).contains("JSON").containsPattern("[\\u4e00-\\u9fa5]");
    }

    @Test
    @DisplayName("English detail with Accept-Language: en")
    void english() {
        JsonNode body = problem(http.post("/api/v1/public/test-probe", "{bad").header("Accept-Language", "en").send(),
                400, "common.malformed-body");
        assertThat(body.path("detail").asString()).isEqualTo("The request body is not valid JSON.");
    }

    @Test
    @DisplayName("invalid, missing and oversized fields are listed one by one")
    void validation() {
        JsonNode body = problem(http.post("/api/v1/public/test-probe", "{\"name\":\"\",\"stars\":9}").send(), 400, "common.validation");
        assertThat(body.path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("name", "stars");
        JsonNode tooLong = problem(http.post("/api/v1/public/test-probe", "{\"name\":\"aaaaaaaaaaaaaaaaaaaaaaa\",\"stars\":3}").send(),
                400, "common.validation");
        assertThat(tooLong.path("errors").findValuesAsString("field")).containsExactly("name");
        problem(http.post("/api/v1/public/test-probe", "{\"name\":\"ok\",\"stars\":\"many\"}").send(), 400, "common.malformed-body");
        assertThat(http.post("/api/v1/public/test-probe", "{\"name\":\"ok\",\"stars\":3}").send().status()).isEqualTo(200);
    }

    @Test
    @DisplayName("unknown path, wrong method, wrong media type and type mismatch are 4xx problems")
    void routing() {
        problem(http.get("/api/v1/public/nothing-here").send(), 404, "common.not-found");
        problem(http.delete("/api/v1/public/areas/cities").send(), 405, "common.method-not-allowed");
        problem(http.post("/api/v1/public/test-probe", "name=x").header("Content-Type", "text/plain").send(), 415,
                "common.unsupported-media-type");
        problem(http.get("/api/v1/public/areas/districts/440305/communities?page=abc").send(), 400, "common.type-mismatch");
        problem(http.get("/api/v1/public/areas/districts/440305/communities?size=1000").send(), 400, "common.page-size-invalid");
        problem(http.get("/api/v1/public/areas/cities/44030/districts").send(), 400, "worker.region-code-invalid");
        problem(http.get("/api/v1/public/areas/cities/110100/districts").send(), 404, "worker.region-not-found");
    }

    @Test
    @DisplayName("an unexpected failure is a generic 500 problem: no stack trace, no internal message")
    void unexpected() {
        Http.Reply reply = http.post("/api/v1/public/test-probe/boom", "{}").send();
        problem(reply, 500, "common.internal");
        assertThat(reply.body()).doesNotContain("secret", "13800138000", "IllegalState");
    }

    @Test
    @DisplayName("closed by default: no token, a bad, expired or session-less token is 401; the wrong role is 403")
    void security() {
        problem(http.get("/api/v1/customer/orders").send(), 401, "common.unauthenticated");
        problem(http.get("/api/v1/anything-else").send(), 401, "common.unauthenticated");
        problem(http.get("/api/v1/customer/orders").bearer("not-a-jwt").send(), 401, "common.unauthenticated");
        java.time.Instant past = java.time.Instant.now().minusSeconds(7200);
        String expired = TestTokens.token(encoder, java.util.List.of("CUSTOMER"), past, past.plusSeconds(900));
        problem(http.get("/api/v1/customer/orders").bearer(expired).send(), 401, "common.unauthenticated");
        String forged = TestTokens.token(encoder, "CUSTOMER");
        problem(http.get("/api/v1/customer/orders").bearer(forged).send(), 401, "common.unauthenticated");
        String worker = journeys.workerToken();
        problem(http.get("/api/v1/customer/orders").bearer(worker).send(), 403, "common.forbidden");
        problem(http.get("/api/v1/admin/orders").bearer(worker).send(), 403, "common.forbidden");
        String customer = journeys.customerToken();
        problem(http.get("/api/v1/customer/no-such-endpoint").bearer(customer).send(), 404, "common.not-found");
    }

    @Test
    @DisplayName("a caller's safe request id is echoed; an unsafe one is replaced")
    void requestId() {
        Http.Reply kept = http.get("/api/v1/public/areas/cities").header("X-Request-Id", "abc-12345678").send();
        assertThat(kept.header("X-Request-Id")).isEqualTo("abc-12345678");
        Http.Reply replaced = http.get("/api/v1/public/areas/cities").header("X-Request-Id", "evil value; with spaces").send();
        assertThat(replaced.header("X-Request-Id")).isNotEqualTo("evil value; with spaces").hasSize(36);
    }
}
