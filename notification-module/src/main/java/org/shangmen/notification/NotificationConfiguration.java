package org.shangmen.notification;

import java.time.Clock;
import org.shangmen.notification.application.NoticeDeliveryService;
import org.shangmen.notification.application.MessageCentreService;
import org.shangmen.notification.application.NoticeService;
import org.shangmen.notification.application.NoticeSettingsService;
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
    NoticeService noticeService(NoticeStore notices, ApplicationEventPublisher events, Clock clock) {
        return new NoticeService(notices, events, clock);
    }

    @Bean
    MessageCentreService messageCentreService(NoticeStore notices, Clock clock) {
        return new MessageCentreService(notices, clock);
    }

    @Bean
    NoticeSettingsService noticeSettingsService(NoticeSettingsStore settings, Clock clock) {
        return new NoticeSettingsService(settings, clock);
    }

    @Bean
    NoticeDeliveryService noticeDeliveryService(NoticeStore notices, NoticeSettingsStore settings, LivePush live,
                                                WeChatSubscribeMessages weChat, TextMessages texts) {
        return new NoticeDeliveryService(notices, settings, live, weChat, texts);
    }

    @Bean
    org.shangmen.notification.application.NoticeActionService noticeActionService(MessageCentreService centre,
            NoticeService notices, org.shangmen.notification.application.port.out.TimeChangeAnswers timeChanges, Clock clock) {
        return new org.shangmen.notification.application.NoticeActionService(centre, notices, timeChanges, clock);
    }

    @Bean
    org.shangmen.notification.application.NoticePersonalData noticePersonalData(
            org.shangmen.notification.application.port.out.NoticePrivacyStore store) {
        return new org.shangmen.notification.application.NoticePersonalData(store);
    }
}
