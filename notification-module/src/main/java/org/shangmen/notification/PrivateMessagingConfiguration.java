package org.shangmen.notification;

import java.time.Clock;
import java.time.Duration;
import org.shangmen.notification.application.PrivateMessagingService;
import org.shangmen.notification.application.port.out.LivePush;
import org.shangmen.notification.application.port.out.MessageStore;
import org.shangmen.notification.application.port.out.OpenComplaints;
import org.shangmen.notification.application.port.out.OrderConversations;
import org.shangmen.notification.application.port.out.ThreadAccessLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;

/**
 * Private messages (W3.2) exist only where some module answers {@link OrderConversations}: who may talk
 * about an order. Declared as an auto-configuration (listed in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}) because only
 * then is the condition decided after every application bean, wherever the port's implementation is
 * declared. Without the port the platform starts, and the message endpoints answer 404.
 */
@AutoConfiguration
@ConditionalOnBean(OrderConversations.class)
class PrivateMessagingConfiguration {

    @Bean
    PrivateMessagingService privateMessagingService(OrderConversations orders, MessageStore messages, ThreadAccessLog accessLog,
                                                    LivePush live, ApplicationEventPublisher events, Clock clock,
                                                    @Value("${shangmen.notification.messages.open-after-completion:P7D}") Duration grace,
                                                    java.util.Optional<org.shangmen.notification.application.port.out.MessageImages> images,
                                                    ObjectProvider<OpenComplaints> complaints) {
        return new PrivateMessagingService(orders, messages, accessLog, live, events, clock, grace, images,
                complaints.getIfAvailable(() -> OpenComplaints.NONE));
    }
}
