package org.shangmen.notification.application.port.in;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeAction;
import org.shangmen.notification.domain.NoticeTemplate;

/**
 * Tells an account something (C5.1), for the module's own listeners of other modules' events: the notice
 * is stored in the message centre within the caller's transaction, and its other channels follow after
 * the commit. Adding a notice for a new event is a listener method calling {@link #notify} and a template.
 */
public interface Notify {

    /**
     * Stores the notice unless the recipient already has one with the same dedupe key (a redelivered
     * event); answers the new notice's id, or empty for a duplicate.
     */
    Optional<UUID> notify(NoticeRequest request);

    /**
     * The notices of one fact to several people (an order offered to several workers) in one write, their
     * other channels following together after the commit; answers the ids of the notices stored.
     */
    default java.util.List<UUID> notifyAll(java.util.List<NoticeRequest> requests) {
        return requests.stream().map(this::notify).flatMap(Optional::stream).toList();
    }

    /** Marks the pending action of the recipient's notices about the subject DONE or EXPIRED; answers how many changed. */
    int settleAction(UUID recipientId, Notice.Subject subject, String actionKind, NoticeAction.State state);

    /**
     * @param dedupeKey the fact being reported, stable across redeliveries: the event's type and ids
     *                  ({@code WorkerCertified:<workerId>:<approvedAt>})
     */
    record NoticeRequest(String dedupeKey, UUID recipientId, NoticeTemplate template, Map<String, String> parameters,
                         Optional<Notice.Subject> subject, Optional<NoticeAction> action) {

        public NoticeRequest {
            Objects.requireNonNull(dedupeKey, "dedupeKey");
            Objects.requireNonNull(recipientId, "recipientId");
            Objects.requireNonNull(template, "template");
            parameters = Map.copyOf(parameters);
            subject = subject == null ? Optional.empty() : subject;
            action = action == null ? Optional.empty() : action;
        }

        public static NoticeRequest of(String dedupeKey, UUID recipientId, NoticeTemplate template, Map<String, String> parameters,
                                       Notice.Subject subject) {
            return new NoticeRequest(dedupeKey, recipientId, template, parameters, Optional.ofNullable(subject), Optional.empty());
        }
    }
}
