package org.shangmen.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.ShangmenApplication;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.TestClockConfiguration;
import org.shangmen.kernel.Zones;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * C2.4 the demo city as a first start seeds it, in a database of its own (the shared test context's
 * clock moves on and settles placements): the demo customer has a placement running today.
 */
class DemoPlacementTest {

    private static ConfigurableApplicationContext start() {
        String url = "jdbc:h2:mem:demo-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        return new SpringApplicationBuilder(ShangmenApplication.class, TestClockConfiguration.class)
                .profiles("test", "demo")
                // Command-line arguments outrank application-test.yml, which points at the shared test database.
                .run("--server.port=0", "--spring.datasource.url=" + url, "--spring.datasource.username=sa");
    }

    @Test
    @DisplayName("C2.4 C4.2 W3.1 the demo shows a placement that is running: contracted, deposit and package paid through the sandbox, "
            + "today within its span, its worker's daily records readable by the customer")
    void demoPlacementIsRunning() {
        try (ConfigurableApplicationContext app = start()) {
            Http http = new Http(app.getEnvironment().getRequiredProperty("local.server.port", Integer.class));
            Http.Reply signedIn = new Journeys(http).passwordSignIn("13800000000", "Shangmen-demo-2026", false, Journeys.newAddress());
            assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(200);
            String customer = signedIn.json().path("accessToken").asString();
            LocalDate today = LocalDate.now(Zones.CHINA);

            Http.Reply list = http.get("/api/v1/customer/placements?size=100").bearer(customer).send();
            assertThat(list.status()).as(list.body()).isEqualTo(200);
            JsonNode running = list.json().path("items").valueStream().filter(p -> "ACTIVE".equals(p.path("status").asString()))
                    .findFirst().orElseThrow(() -> new AssertionError("no running placement in " + list.body()));
            assertThat(LocalDate.parse(running.path("startDate").asString())).as("begun").isBeforeOrEqualTo(today);
            assertThat(LocalDate.parse(running.path("endDate").asString())).as("not over").isAfter(today);
            assertThat(running.path("workerName").asString()).isEqualTo("张秀英");
            assertThat(running.path("contract").path("dailyPriceFen").asLong()).isPositive();
            assertThat(running.path("amountDueFen").asLong()).as("nothing owed").isZero();
            assertThat(running.path("instalments").valueStream().map(i -> i.path("status").asString()))
                    .as("the deposit and the package paid").containsOnly("PAID");
            assertThat(list.json().path("items").valueStream().anyMatch(p -> "CONTRACTED".equals(p.path("status").asString())))
                    .as("the placement still awaiting its deposit stands beside it").isTrue();

            String id = running.path("id").asString();
            Http.Reply payments = http.get("/api/v1/customer/orders/" + id + "/payments").bearer(customer).send();
            assertThat(payments.status()).as(payments.body()).isEqualTo(200);
            assertThat(payments.body()).as("paid through the sandbox").contains("SUCCEEDED");
            Http.Reply days = http.get("/api/v1/customer/placements/" + id + "/days").bearer(customer).send();
            assertThat(days.status()).as(days.body()).isEqualTo(200);
            assertThat(days.json().path("total").asLong()).as("yesterday and today recorded").isEqualTo(2);
            assertThat(days.json().path("items").get(0).path("day").asString()).isEqualTo(today.toString());
            assertThat(days.json().path("items").get(0).path("observations").size()).isPositive();
        }
    }
}
