package org.shangmen.app.events;

import java.time.Duration;
import java.util.Map;
import org.shangmen.billing.api.event.RefundCompleted;
import org.shangmen.booking.api.event.OrderAccepted;
import org.shangmen.booking.api.event.OrderCancelled;
import org.shangmen.booking.api.event.OrderCheckedIn;
import org.shangmen.booking.api.event.OrderCompleted;
import org.shangmen.booking.api.event.OrderPaid;
import org.shangmen.booking.api.event.OrderRescheduled;
import org.shangmen.booking.api.event.OrderReturnedToDispatch;
import org.shangmen.booking.api.event.OrderSubmitted;
import org.shangmen.booking.api.event.OrderUnfilled;
import org.shangmen.booking.api.event.WorkerOnTheWay;
import org.shangmen.worker.api.event.CertificationItemsRequested;
import org.shangmen.worker.api.event.WorkerApplicationRejected;
import org.shangmen.worker.api.event.WorkerCertified;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.EventExternalizerModuleListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * The domain events outside systems need (an order's life, its payments and refunds, a worker's
 * certification) published to a RabbitMQ topic exchange through Spring Modulith's event externalisation:
 * the externaliser is one more listener of the event publication registry, so a message the broker did
 * not confirm leaves its publication failed and is handed back like any other listener's
 * ({@code PublicationResubmission}). Off unless {@code shangmen.events.amqp.enabled=true}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "shangmen.events.amqp.enabled", havingValue = "true")
class AmqpExternalizationConfiguration {

    /** Each externalised event type and its routing key on the exchange. */
    static final Map<Class<?>, String> ROUTING_KEYS = Map.ofEntries(
            Map.entry(OrderSubmitted.class, "order.submitted"),
            Map.entry(OrderAccepted.class, "order.accepted"),
            Map.entry(OrderReturnedToDispatch.class, "order.returned-to-dispatch"),
            Map.entry(OrderUnfilled.class, "order.unfilled"),
            Map.entry(OrderRescheduled.class, "order.rescheduled"),
            Map.entry(WorkerOnTheWay.class, "order.worker-on-the-way"),
            Map.entry(OrderCheckedIn.class, "order.checked-in"),
            Map.entry(OrderCompleted.class, "order.completed"),
            Map.entry(OrderCancelled.class, "order.cancelled"),
            Map.entry(OrderPaid.class, "payment.order-paid"),
            Map.entry(RefundCompleted.class, "payment.refund-completed"),
            Map.entry(WorkerCertified.class, "worker.certified"),
            Map.entry(WorkerApplicationRejected.class, "worker.application-rejected"),
            Map.entry(CertificationItemsRequested.class, "worker.certification-items-requested"));

    @Bean
    EventExternalizationConfiguration eventExternalizationConfiguration(
            @Value("${shangmen.events.amqp.exchange:shangmen.events}") String exchange) {
        return EventExternalizationConfiguration.externalizing()
                .select(event -> ROUTING_KEYS.containsKey(event.getClass()))
                .routeAll(event -> RoutingTarget.forTarget(exchange).andKey(ROUTING_KEYS.get(event.getClass())))
                .build();
    }

    /** Declared on the broker at the first connection: durable, so it outlives a broker restart. */
    @Bean
    TopicExchange eventExchange(@Value("${shangmen.events.amqp.exchange:shangmen.events}") String exchange) {
        return new TopicExchange(exchange, true, false);
    }

    @Bean
    EventExternalizerModuleListener amqpEventExternalizer(EventExternalizationConfiguration configuration, RabbitTemplate rabbit,
                                                          JsonMapper json,
                                                          @Value("${shangmen.events.amqp.confirm-timeout:PT10S}") Duration confirmTimeout) {
        return new EventExternalizerModuleListener(configuration, new AmqpEventTransport(rabbit, json, confirmTimeout));
    }
}
