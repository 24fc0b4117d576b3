package org.shangmen.notification.adapter.in.event;

import org.shangmen.notification.application.port.in.DeliverNotice;
import org.shangmen.notification.application.port.in.PrivateMessaging;
import org.shangmen.notification.domain.NoticeStored;
import org.shangmen.notification.domain.NoticesStored;
import org.shangmen.notification.domain.PrivateMessageSent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * After a notice or a private message is committed, its other channels follow on their own thread. The
 * event publication registry resubmits a delivery the process did not finish.
 */
@Component
class NoticeChannels {

    private final DeliverNotice notices;
    private final ObjectProvider<PrivateMessaging> messages;

    NoticeChannels(DeliverNotice notices, ObjectProvider<PrivateMessaging> messages) {
        this.notices = notices;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(NoticeStored stored) {
        notices.deliver(stored.noticeId());
    }

    @ApplicationModuleListener
    void on(NoticesStored stored) {
        notices.deliverAll(stored.noticeIds());
    }

    @ApplicationModuleListener
    void on(PrivateMessageSent sent) {
        messages.ifAvailable(m -> m.deliver(sent.messageId()));
    }
}
