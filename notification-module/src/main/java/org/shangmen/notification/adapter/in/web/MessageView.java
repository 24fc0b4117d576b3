package org.shangmen.notification.adapter.in.web;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.shangmen.notification.domain.PrivateMessage;

/** A private message as its thread shows it; contact details in the text are already masked. */
record MessageView(UUID id, UUID orderId, UUID senderId, String text, boolean image, OffsetDateTime sentAt, OffsetDateTime readAt) {

    static MessageView of(PrivateMessage m) {
        return of(m, false);
    }

    static MessageView of(PrivateMessage m, boolean image) {
        return new MessageView(m.id(), m.orderId(), m.senderId(), m.text(), image, m.sentAt().atZone(NoticeView.ZONE).toOffsetDateTime(),
                m.readAt().map(t -> t.atZone(NoticeView.ZONE).toOffsetDateTime()).orElse(null));
    }
}
