package org.shangmen.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.app.support.Await;
import org.shangmen.app.support.Http;
import org.shangmen.app.support.Journeys;
import org.shangmen.app.support.MutableClock;
import org.shangmen.app.support.PlatformTest;
import org.shangmen.worker.WorkerJourneys.Certified;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Against the local RabbitMQ (amqp://guest:guest@127.0.0.1:5672, as on CI): with the externalisation on, a
 * worker's certification and an order's submission and acceptance arrive on a queue an outside system bound
 * to the events exchange, as JSON with the event's type and a message id.
 */
@PlatformTest
@TestPropertySource(properties = {"shangmen.events.amqp.enabled=true", "shangmen.events.amqp.exchange=shangmen.events.test"})
class OrderEventsOnRabbitJourneyTest {

    @Autowired
    MutableClock clock;
    @Autowired
    Http http;
    @Autowired
    Journeys journeys;
    @Autowired
    DispatchJourneys dispatch;
    @Autowired
    RabbitTemplate rabbit;
    @Autowired
    AmqpAdmin admin;

    private final JsonMapper json = JsonMapper.builder().build();
    private Queue queue;

    @BeforeEach
    void bindQueue() {
        TopicExchange exchange = new TopicExchange("shangmen.events.test", true, false);
        admin.declareExchange(exchange);
        // Not exclusive: the template reads it over a connection of its own.
        queue = new Queue("shangmen.events.test." + UUID.randomUUID(), false, false, false);
        admin.declareQueue(queue);
        for (String key : List.of("order.#", "payment.#", "worker.#")) {
            Binding binding = BindingBuilder.bind(queue).to(exchange).with(key);
            admin.declareBinding(binding);
        }
    }

    @AfterEach
    void dropQueue() {
        admin.deleteQueue(queue.getName());
    }

    @Test
    @DisplayName("C2.4 W2.2 W1.2 an order submitted and accepted by a certified worker reaches an outside system's queue through RabbitMQ, once each")
    void orderLifecycleReachesTheBroker() {
        double lat = 22.7300;
        double lng = 114.2600;
        Certified worker = dispatch.worker("外发阿姨", journeys.operatorToken("ops"), "440307", lat, lng);
        String customer = journeys.customerToken();
        UUID orderId = dispatch.submitted(customer, dispatch.request("440307", lat, lng, DispatchJourneys.tomorrowAt(clock.instant(), 10)));
        String offerId = dispatch.offerFor(worker.token(), orderId);
        Http.Reply accepted = http.post("/api/v1/worker/offers/" + offerId + "/accept", "").bearer(worker.token()).send();
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);

        List<Message> received = new ArrayList<>();
        Message acceptance = awaitMessage(received, "order.accepted", "orderId", orderId);
        Message certification = awaitMessage(received, "worker.certified", "workerId", worker.workerId());

        JsonNode accept = body(acceptance);
        assertThat(acceptance.getMessageProperties().getContentType()).isEqualTo("application/json");
        assertThat(acceptance.getMessageProperties().getType()).isEqualTo("OrderAccepted");
        assertThat(acceptance.getMessageProperties().getMessageId()).isNotBlank();
        assertThat(accept.path("workerId").asString()).isEqualTo(worker.workerId().toString());
        assertThat(accept.path("totalFen").asLong()).isPositive();

        List<Message> submissions = received.stream().filter(r -> "order.submitted".equals(r.getMessageProperties().getReceivedRoutingKey())
                && body(r).path("orderId").asString().equals(orderId.toString())).toList();
        assertThat(submissions).hasSize(1);
        assertThat(body(submissions.get(0)).path("districtCode").asString()).isEqualTo("440307");
        assertThat(certification.getMessageProperties().getType()).isEqualTo("WorkerCertified");
    }

    /** Reads the queue until a message with the routing key about the id arrived; keeps every message read. */
    private Message awaitMessage(List<Message> received, String routingKey, String field, UUID id) {
        return Await.value(() -> {
            Message m = rabbit.receive(queue.getName(), 200);
            if (m != null) {
                received.add(m);
            }
            return received.stream().filter(r -> routingKey.equals(r.getMessageProperties().getReceivedRoutingKey())
                    && body(r).path(field).asString().equals(id.toString())).findFirst().orElse(null);
        }, routingKey + " about " + id + " on the queue");
    }

    private JsonNode body(Message message) {
        return json.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
    }
}
