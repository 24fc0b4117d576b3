package org.shangmen.notification.application.port.in;

import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.notification.domain.Notice;

/**
 * The signed-in account's own notices (C5.2). Another account's notice id is answered as not found
 * ({@code notification.notice-not-found}), never as forbidden. Notices answered carry their action as
 * seen now (a pending action past its deadline is EXPIRED).
 */
public interface MessageCentre {

    /** Unread first then newest when {@code unreadFirst}, else newest first. */
    Page<Notice> notices(UUID accountId, boolean unreadFirst, PageRequest page);

    /** One notice; opening it marks it read. */
    Notice open(UUID accountId, UUID noticeId);

    void markRead(UUID accountId, UUID noticeId);

    /** Answers how many notices became read. */
    int markAllRead(UUID accountId);

    long unreadCount(UUID accountId);
}
