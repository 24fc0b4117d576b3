package org.shangmen.notification.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeAction;

/** Notices in the message centre, unique per recipient and dedupe key. */
public interface NoticeStore {

    /** False when the recipient already has a notice with the same dedupe key. */
    boolean insert(Notice notice);

    /** Several notices at once, each unless its recipient has its dedupe key already; answers the ids stored. */
    default java.util.List<UUID> insertAll(java.util.List<Notice> notices) {
        return notices.stream().filter(this::insert).map(Notice::id).toList();
    }

    Optional<Notice> find(UUID noticeId);

    /** The notices of these ids that exist, in one statement, in no particular order. */
    java.util.List<Notice> findAll(java.util.Collection<UUID> noticeIds);

    Optional<Notice> findFor(UUID recipientId, UUID noticeId);

    Page<Notice> page(UUID recipientId, boolean unreadFirst, PageRequest page);

    /** False when the notice is not the recipient's or was read already. */
    boolean markRead(UUID recipientId, UUID noticeId, Instant at);

    int markAllRead(UUID recipientId, Instant at);

    long unreadCount(UUID recipientId);

    int settleAction(UUID recipientId, Notice.Subject subject, String actionKind, NoticeAction.State state);
}
