package org.shangmen.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.identity.api.OperatorAdministration;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.shangmen.worker.application.port.in.DefineServiceAreas;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * W2.1 orders go to workers by their working state: a worker who says 休息中 (RESTING) counts for no free
 * slot, is offered nothing and cannot take an offer she already has. Tianhe, Guangzhou (440106).
 */
@PlatformTest
class RestingWorkerJourneyTest {

    @LocalServerPort
    int port;
    @Autowired
    OperatorAdministration operators;
    @Autowired
    DefineServiceAreas areas;
    @Autowired
    MutableClock clock;
    @Autowired
    Http http;
    GuangzhouSteps steps;

    @BeforeEach
    void setUp() {
        steps = new GuangzhouSteps(http, operators, areas, "440106", "天河区", 23.1291, 113.3612);
    }

    @Test
    @DisplayName("W2.1 C2.3 a resting worker counts for no free slot, is offered nothing and cannot take an offer; back at work she can")
    void restingWorkerTakesNoOrders() {
        Certified resting = steps.worker("林静");
        assertThat(http.get("/api/v1/worker/profile").bearer(resting.token()).send().json().path("workState").asString())
                .as("a newly certified worker is at work").isEqualTo("WORKING");
        LocalDate tomorrow = GuangzhouSteps.tomorrow(clock.instant());
        assertThat(steps.slots(tomorrow)).as("her free time makes slots").isNotEmpty();

        steps.workState(resting, "RESTING");
        assertThat(steps.slots(tomorrow)).as("resting, she makes no slot").isEmpty();

        // Another worker at work: the order is offered to her, never to the one resting.
        Certified working = steps.worker("苏慧");
        String customer = steps.customer();
        UUID first = steps.submit(customer, GuangzhouSteps.at(tomorrow, 9), null);
        Await.value(() -> steps.offerFor(working, first), "an offer to the working worker");
        assertThat(steps.offerFor(resting, first)).isNull();

        // An offer she received at work cannot be taken once she rests, and can again when she is back.
        steps.workState(resting, "WORKING");
        UUID second = steps.submit(customer, GuangzhouSteps.at(tomorrow, 15), null);
        String offer = Await.value(() -> steps.offerFor(resting, second), "an offer to the worker at work");
        steps.workState(resting, "RESTING");
        Http.Reply refused = steps.accept(resting, offer);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(http.get("/api/v1/worker/schedule?from=" + tomorrow + "&to=" + tomorrow).bearer(resting.token()).send().json()
                .path("bookings")).isEmpty();
        steps.workState(resting, "WORKING");
        Http.Reply accepted = steps.accept(resting, offer);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
    }

    @Test
    @DisplayName("A3.1 W2.1 automatic assignment passes over the nearest worker while she rests and gives the order to one at work")
    void automaticAssignmentSkipsRestingWorkers() {
        GuangzhouSteps baiyun = new GuangzhouSteps(http, operators, areas, "440111", "白云区", 23.1579, 113.2732);
        String ops = new Journeys(http).operatorToken(operators, "ops");
        Http.Reply auto = http.put("/api/v1/admin/dispatch/modes/CITY/440100", Http.json(Map.of("mode", "AUTO"))).bearer(ops).send();
        assertThat(auto.status()).as(auto.body()).isEqualTo(200);
        try {
            Certified nearest = baiyun.worker("罗秀梅", baiyun.lat, baiyun.lng);
            Certified farther = baiyun.worker("钟玉兰", baiyun.lat + 0.02, baiyun.lng);
            baiyun.workState(nearest, "RESTING");
            String customer = baiyun.customer();
            UUID orderId = baiyun.submit(customer, GuangzhouSteps.at(GuangzhouSteps.tomorrow(clock.instant()), 10), null);
            Await.value(() -> baiyun.offerFor(farther, orderId), "the order assigned to the worker at work");
            JsonNode order = http.get("/api/v1/customer/orders/" + orderId).bearer(customer).send().json();
            assertThat(order.path("worker").path("name").asString()).isEqualTo("钟玉兰");
            assertThat(baiyun.offerFor(nearest, orderId)).isNull();
        } finally {
            assertThat(http.delete("/api/v1/admin/dispatch/modes/CITY/440100").bearer(new Journeys(http).operatorToken(operators, "ops"))
                    .send().status()).isEqualTo(204);
        }
    }
}
