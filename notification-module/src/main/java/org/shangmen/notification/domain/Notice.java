package org.shangmen.notification.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One notice to one account (C5.1), kept in the message centre (C5.2): the rendered texts, what it is
 * about, an action the recipient may take from it, when it was created and when it was read.
 * {@code dedupeKey} names the fact it reports, so the same fact never makes two notices for one person.
 */
public record Notice(
        UUID id,
        UUID recipientId,
        String dedupeKey,
        NoticeTemplate template,
        Map<String, String> parameters,
        NoticeTemplate.Rendered texts,
        Optional<Subject> subject,
        Optional<NoticeAction> action,
        Instant createdAt,
        Optional<Instant> readAt) {

    public static final int MAX_DEDUPE_KEY = 200;

    public Notice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipientId, "recipientId");
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(texts, "texts");
        Objects.requireNonNull(createdAt, "createdAt");
        if (dedupeKey == null || dedupeKey.isBlank() || dedupeKey.length() > MAX_DEDUPE_KEY) {
            throw new IllegalArgumentException("a dedupe key has 1 to " + MAX_DEDUPE_KEY + " characters");
        }
        parameters = Map.copyOf(parameters);
        subject = subject == null ? Optional.empty() : subject;
        action = action == null ? Optional.empty() : action;
        readAt = readAt == null ? Optional.empty() : readAt;
    }

    public static Notice create(UUID id, UUID recipientId, String dedupeKey, NoticeTemplate template, Map<String, String> parameters,
                                Optional<Subject> subject, Optional<NoticeAction> action, Instant now) {
        return new Notice(id, recipientId, dedupeKey, template, parameters, template.render(parameters), subject, action, now,
                Optional.empty());
    }

    public boolean isRead() {
        return readAt.isPresent();
    }

    /** What a reader sees of the action now: a pending action past its deadline has expired. */
    public Optional<NoticeAction> actionAt(Instant now) {
        return action.map(a -> a.asSeenAt(now));
    }

    /** What a notice is about, for the client to open: an order, a worker application, a penalty, a statement. */
    public record Subject(String type, String id) {

        public Subject {
            if (type == null || !type.matches("[A-Z_]{1,20}") || id == null || id.isBlank() || id.length() > 64) {
                throw new IllegalArgumentException("a subject is a type of A-Z and an id of 1 to 64 characters");
            }
        }
    }
}
