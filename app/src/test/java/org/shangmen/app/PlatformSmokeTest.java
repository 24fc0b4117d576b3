package org.shangmen.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.PlatformTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@PlatformTest
class PlatformSmokeTest {

    @Autowired
    Http http;

    @Test
    @DisplayName("health is UP and open to anyone")
    void health() {
        Http.Reply reply = http.get("/actuator/health").send();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("status").asString()).isEqualTo("UP");
        assertThat(reply.header("X-Request-Id")).isNotBlank();
    }

    @Test
    @DisplayName("Prometheus metrics are served to the host itself")
    void prometheus() {
        Http.Reply reply = http.get("/actuator/prometheus").send();
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("jvm_memory_used_bytes").contains("http_server_requests");
    }

    @Test
    @DisplayName("the OpenAPI document has the customer, worker, admin, auth and public groups, and Swagger UI is served")
    void openApi() {
        Http.Reply config = http.get("/v3/api-docs/swagger-config").send();
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.body()).contains("/v3/api-docs/customer", "/v3/api-docs/worker", "/v3/api-docs/admin", "/v3/api-docs/auth", "/v3/api-docs/public");
        Http.Reply publicGroup = http.get("/v3/api-docs/public").send();
        assertThat(publicGroup.status()).isEqualTo(200);
        assertThat(publicGroup.json().path("paths").has("/api/v1/public/areas/cities")).isTrue();
        Http.Reply ui = http.get("/swagger-ui/index.html").send();
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }

    @Test
    @DisplayName("the demo people can sign in at once: a customer and six certified workers with weekly hours")
    void demoPeople() {
        org.shangmen.app.support.Journeys journeys = new org.shangmen.app.support.Journeys(http);
        Http.Reply customer = journeys.passwordSignIn("13800000000", "Shangmen-demo-2026", false, org.shangmen.app.support.Journeys.newAddress());
        assertThat(customer.status()).as(customer.body()).isEqualTo(200);
        assertThat(customer.json().path("roles").get(0).asString()).isEqualTo("CUSTOMER");
        for (int i = 1; i <= 6; i++) {
            Http.Reply worker = journeys.passwordSignIn("1380000000" + i, "Shangmen-demo-2026", false,
                    org.shangmen.app.support.Journeys.newAddress());
            assertThat(worker.status()).as(worker.body()).isEqualTo(200);
            JsonNode profile = http.get("/api/v1/worker/profile").bearer(worker.json().path("accessToken").asString()).send().json();
            assertThat(profile.path("certification").asString()).isEqualTo("APPROVED");
            assertThat(profile.path("mayTakeOrders").asBoolean()).isTrue();
        }
    }

    @Test
    @DisplayName("the demo city Shenzhen is served with its real districts and communities")
    void demoCity() {
        JsonNode cities = http.get("/api/v1/public/areas/cities").send().json();
        assertThat(cities.path("items").findValuesAsString("name")).contains("深圳市");
        JsonNode districts = http.get("/api/v1/public/areas/cities/440300/districts").send().json();
        assertThat(districts.path("items").findValuesAsString("code")).contains("440303", "440304", "440305", "440306", "440307");
        Http.Reply communities = http.get("/api/v1/public/areas/districts/440305/communities?size=2").send();
        assertThat(communities.status()).isEqualTo(200);
        JsonNode page = communities.json();
        assertThat(page.path("items")).hasSize(2);
        assertThat(page.path("total").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(page.path("totalPages").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode search = http.get("/api/v1/public/areas/districts/440305/communities?keyword=%E8%94%9A%E8%93%9D").send().json();
        assertThat(search.path("items").get(0).path("name").asString()).isEqualTo("蔚蓝海岸");
    }
}
