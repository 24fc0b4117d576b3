package org.shangmen.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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
import org.shangmen.worker.application.port.in.DefineServiceAreas;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** W3.2 private messages between an order's customer and its worker say who wrote them. Haizhu, Guangzhou (440105). */
@PlatformTest
class OrderMessagesJourneyTest {

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
        steps = new GuangzhouSteps(http, operators, areas, "440105", "海珠区", 23.0837, 113.3172);
    }

    @Test
    @DisplayName("W3.2 every private message carries its writer's role (CUSTOMER or WORKER) with its label, and the worker's name")
    void messagesSayWhoWrote() {
        Certified worker = steps.worker("何丽华");
        String customer = steps.customer();
        UUID orderId = steps.submit(customer, GuangzhouSteps.at(GuangzhouSteps.tomorrow(clock.instant()), 11), worker);
        String offer = Await.value(() -> steps.offerFor(worker, orderId), "an offer of " + orderId);
        assertThat(steps.accept(worker, offer).status()).isEqualTo(200);

        Http.Reply asked = http.post("/api/v1/me/orders/" + orderId + "/messages", Http.json(Map.of("text", "请问几点到?")))
                .bearer(customer).send();
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        assertThat(asked.json().path("senderRole").asString()).isEqualTo("CUSTOMER");
        assertThat(asked.json().path("senderRoleLabel").asString()).isEqualTo("客户");
        assertThat(asked.json().path("senderName").asString()).isEqualTo("客户");
        Http.Reply answered = http.post("/api/v1/me/orders/" + orderId + "/messages", Http.json(Map.of("text", "九点准时到。")))
                .bearer(worker.token()).send();
        assertThat(answered.status()).as(answered.body()).isEqualTo(201);
        assertThat(answered.json().path("senderRole").asString()).isEqualTo("WORKER");
        assertThat(answered.json().path("senderName").asString()).isEqualTo("何丽华");

        JsonNode thread = http.get("/api/v1/me/orders/" + orderId + "/messages").bearer(customer).header("Accept-Language", "en")
                .send().json().path("items");
        assertThat(thread).hasSize(2);
        assertThat(thread.get(0).path("senderRole").asString()).isEqualTo("WORKER");
        assertThat(thread.get(0).path("senderRoleLabel").asString()).isEqualTo("Worker");
        assertThat(thread.get(0).path("senderName").asString()).isEqualTo("何丽华");
        assertThat(thread.get(1).path("senderRole").asString()).isEqualTo("CUSTOMER");
        assertThat(thread.get(1).path("senderName").asString()).isEqualTo("Customer");
    }
}
