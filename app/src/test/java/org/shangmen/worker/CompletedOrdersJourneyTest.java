package org.shangmen.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.shangmen.worker.api.WorkerRatings;
import org.shangmen.worker.application.port.in.DefineServiceAreas;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** C3.2 a worker's public record counts her completed orders, each once. Yuexiu, Guangzhou (440104). */
@PlatformTest
class CompletedOrdersJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    OperatorAdministration operators;
    @Autowired
    DefineServiceAreas areas;
    @Autowired
    WorkerRatings ratings;
    @Autowired
    MutableClock clock;
    @Autowired
    Http http;
    GuangzhouSteps steps;

    @BeforeEach
    void setUp() {
        steps = new GuangzhouSteps(http, operators, areas, "440104", "越秀区", 23.1289, 113.2668);
    }

    @Test
    @DisplayName("C3.2 a checked-out order counts in the worker's public completedOrders, once however often it is reported")
    void completedOrdersCount() {
        Certified worker = steps.worker("冯春梅");
        assertThat(searchRow(worker).path("completedOrders").asInt()).isZero();

        UUID orderId = steps.completedOrder(steps.customer(), worker,
                GuangzhouSteps.at(GuangzhouSteps.tomorrow(clock.instant()), 10), clock);

        Await.condition(() -> searchRow(worker).path("completedOrders").asInt() == 1, "one completed order in search");
        ratings.orderCompleted(worker.workerId(), orderId, clock.instant());
        assertThat(searchRow(worker).path("completedOrders").asInt()).as("the same order again").isEqualTo(1);
    }

    private JsonNode searchRow(Certified worker) {
        Http.Reply reply = http.get("/api/v1/public/workers?district=" + steps.district + "&size=100").send();
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        for (JsonNode row : reply.json().path("items")) {
            if (worker.workerId().toString().equals(row.path("accountId").asString())) {
                return row;
            }
        }
        throw new AssertionError("worker " + worker.workerId() + " not found in search");
    }
}
