package org.shangmen.notification.adapter.in.web;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A private message as its thread shows it; contact details in the text are already masked. */
record MessageView(UUID id, UUID orderId, UUID senderId, String text, boolean image, OffsetDateTime sentAt, OffsetDateTime readAt) {
}
