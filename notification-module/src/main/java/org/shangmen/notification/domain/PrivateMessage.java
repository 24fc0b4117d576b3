package org.shangmen.notification.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One message in an order's private thread between its customer and its worker (W3.2). The text is stored
 * as masked by {@link ContactMasking}: the original with contact details is never kept.
 */
public record PrivateMessage(UUID id, UUID orderId, UUID senderId, UUID recipientId, String text, Instant sentAt,
                             Optional<Instant> readAt) {

    public static final int MAX_LENGTH = 500;

    public PrivateMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(orderId, "orderId");
        Objects.requireNonNull(senderId, "senderId");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sentAt, "sentAt");
        readAt = readAt == null ? Optional.empty() : readAt;
    }

    /** A new message: blank text is refused, longer than {@value #MAX_LENGTH} characters too; contact details are masked. */
    public static PrivateMessage write(UUID id, Conversation conversation, UUID senderId, String text, Instant now) {
        String typed = text == null ? "" : text.replaceAll("[\\p{Cntrl}&&[^\\n]]", " ").strip();
        if (typed.isEmpty() || typed.codePointCount(0, typed.length()) > MAX_LENGTH) {
            throw new org.shangmen.kernel.DomainException(org.shangmen.kernel.ErrorKind.INVALID, "notification.message-invalid", MAX_LENGTH);
        }
        return new PrivateMessage(id, conversation.orderId(), senderId, conversation.otherThan(senderId), ContactMasking.mask(typed),
                now, Optional.empty());
    }
}
