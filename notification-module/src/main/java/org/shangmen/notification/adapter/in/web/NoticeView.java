package org.shangmen.notification.adapter.in.web;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.shangmen.notification.domain.Notice;

/** A notice as the message centre and the live stream show it, in the reader's language. */
record NoticeView(UUID id, String template, String title, String body, SubjectView subject, ActionView action,
                  OffsetDateTime createdAt, OffsetDateTime readAt, boolean read) {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    record SubjectView(String type, String id) {
    }

    record ActionView(String kind, String state, OffsetDateTime expiresAt) {
    }

    static NoticeView of(Notice n, Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return new NoticeView(n.id(), n.template().name(),
                english ? n.texts().titleEn() : n.texts().title(),
                english ? n.texts().bodyEn() : n.texts().body(),
                n.subject().map(s -> new SubjectView(s.type(), s.id())).orElse(null),
                n.action().map(a -> new ActionView(a.kind(), a.state().name(), a.expiresAt().map(t -> t.atZone(ZONE).toOffsetDateTime())
                        .orElse(null))).orElse(null),
                n.createdAt().atZone(ZONE).toOffsetDateTime(),
                n.readAt().map(t -> t.atZone(ZONE).toOffsetDateTime()).orElse(null),
                n.isRead());
    }
}
