package org.shangmen.notification.adapter.in.web;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.shangmen.notification.domain.PrivateMessage;

/** A private message as its thread shows it; contact details in the text are already masked. */
record MessageView(UUID id, UUID orderId, UUID senderId, String text, OffsetDateTime sentAt, OffsetDateTime readAt) {

    static MessageView of(PrivateMessage m) {
        return new MessageView(m.id(), m.orderId(), m.senderId(), m.text(), m.sentAt().atZone(NoticeView.ZONE).toOffsetDateTime(),
                m.readAt().map(t -> t.atZone(NoticeView.ZONE).toOffsetDateTime()).orElse(null));
    }
}
