package org.shangmen.app.events;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.EventExternalizationTransport;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends one event to RabbitMQ: the routing target's exchange and key, the event as a JSON body, its type
 * in the message's {@code type}, and a message id derived from type and body, so that a message sent again
 * (its confirm was lost, its publication handed back) carries the same id and a consumer can drop the
 * second copy. Returns only once the broker confirmed the message as persisted; a negative or missing
 * confirm fails the publication, which is then retried.
 */
final class AmqpEventTransport implements EventExternalizationTransport {

    private final RabbitTemplate rabbit;
    private final JsonMapper json;
    private final Duration confirmTimeout;

    AmqpEventTransport(RabbitTemplate rabbit, JsonMapper json, Duration confirmTimeout) {
        this.rabbit = rabbit;
        this.json = json;
        this.confirmTimeout = confirmTimeout;
    }

    @Override
    public CompletableFuture<?> externalize(Object payload, RoutingTarget target) {
        byte[] body = json.writeValueAsBytes(payload);
        String type = payload.getClass().getSimpleName();
        String messageId = messageId(type, body);
        MessageProperties properties = new MessageProperties();
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setType(type);
        properties.setMessageId(messageId);
        properties.setTimestamp(Date.from(Instant.now()));
        CorrelationData correlation = new CorrelationData(messageId);
        rabbit.send(target.getTarget(), target.getKey(), new Message(body, properties), correlation);
        CorrelationData.Confirm confirm;
        try {
            confirm = correlation.getFuture().get(confirmTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker to confirm " + type, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the broker did not confirm " + type + " " + messageId + " within " + confirmTimeout, e);
        }
        if (!confirm.ack()) {
            throw new IllegalStateException("the broker refused " + type + " " + messageId + ": " + confirm.reason());
        }
        return CompletableFuture.completedFuture(null);
    }

    static String messageId(String type, byte[] body) {
        byte[] name = type.getBytes(StandardCharsets.UTF_8);
        byte[] typed = new byte[name.length + 1 + body.length];
        System.arraycopy(name, 0, typed, 0, name.length);
        typed[name.length] = '\n';
        System.arraycopy(body, 0, typed, name.length + 1, body.length);
        return UUID.nameUUIDFromBytes(typed).toString();
    }
}
