package org.shangmen.notification.adapter.in.web;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A notice as the message centre and the live stream show it, in the reader's language. */
record NoticeView(UUID id, String template, String title, String body, SubjectView subject, ActionView action,
                  OffsetDateTime createdAt, OffsetDateTime readAt, boolean read) {

    record SubjectView(String type, String id) {
    }

    record ActionView(String kind, String state, OffsetDateTime expiresAt) {
    }
}
