package org.shangmen.notification.domain;

import java.util.UUID;

/** A private message was stored; it goes to the recipient's live stream after the commit. Internal to the module. */
public record PrivateMessageSent(UUID messageId, UUID orderId, UUID senderId, UUID recipientId) {
}
