package org.shangmen.notification;

import java.time.Clock;
import org.shangmen.notification.application.NoticeDeliveryService;
import org.shangmen.notification.application.NoticeService;
import org.shangmen.notification.application.port.out.LivePush;
import org.shangmen.notification.application.port.out.NoticeSettingsStore;
import org.shangmen.notification.application.port.out.NoticeStore;
import org.shangmen.notification.application.port.out.TextMessages;
import org.shangmen.notification.application.port.out.WeChatSubscribeMessages;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The notification module's use cases; its adapters are components of their own packages. Private
 * messages are wired by {@link PrivateMessagingConfiguration} once the orders' out-port exists.
 */
@Configuration(proxyBeanMethods = false)
class NotificationConfiguration {

    @Bean
    NoticeService noticeService(NoticeStore notices, NoticeSettingsStore settings, ApplicationEventPublisher events, Clock clock) {
        return new NoticeService(notices, settings, events, clock);
    }

    @Bean
    NoticeDeliveryService noticeDeliveryService(NoticeStore notices, NoticeSettingsStore settings, LivePush live,
                                                WeChatSubscribeMessages weChat, TextMessages texts) {
        return new NoticeDeliveryService(notices, settings, live, weChat, texts);
    }

    @Bean
    org.shangmen.notification.application.NoticeActionService noticeActionService(NoticeService notices,
            org.shangmen.notification.application.port.out.TimeChangeAnswers timeChanges, Clock clock) {
        return new org.shangmen.notification.application.NoticeActionService(notices, notices, timeChanges, clock);
    }
}
