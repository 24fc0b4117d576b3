package org.shangmen.notification.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.notification.application.port.in.MessageCentre;
import org.shangmen.notification.application.port.out.NoticeStore;
import org.shangmen.notification.domain.Notice;
import org.springframework.transaction.annotation.Transactional;

/** C5.2 the message centre: an account's notices, opening them, marking them read. */
public class MessageCentreService implements MessageCentre {

    private final NoticeStore notices;
    private final Clock clock;

    public MessageCentreService(NoticeStore notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<Notice> notices(UUID accountId, boolean unreadFirst, PageRequest page) {
        Instant now = now();
        return notices.page(accountId, unreadFirst, page).map(n -> seenAt(n, now));
    }

    @Override
    @Transactional
    public Notice open(UUID accountId, UUID noticeId) {
        Notice notice = notices.findFor(accountId, noticeId).orElseThrow(MessageCentreService::notFound);
        Instant now = now();
        if (!notice.isRead() && notices.markRead(accountId, noticeId, now)) {
            notice = new Notice(notice.id(), notice.recipientId(), notice.dedupeKey(), notice.template(), notice.parameters(),
                    notice.texts(), notice.subject(), notice.action(), notice.createdAt(), Optional.of(now));
        }
        return seenAt(notice, now);
    }

    @Override
    @Transactional
    public void markRead(UUID accountId, UUID noticeId) {
        Notice notice = notices.findFor(accountId, noticeId).orElseThrow(MessageCentreService::notFound);
        if (!notice.isRead()) {
            notices.markRead(accountId, noticeId, now());
        }
    }

    @Override
    @Transactional
    public int markAllRead(UUID accountId) {
        return notices.markAllRead(accountId, now());
    }

    @Override
    @Transactional(readOnly = true)
    public long unreadCount(UUID accountId) {
        return notices.unreadCount(accountId);
    }

    private static Notice seenAt(Notice n, Instant now) {
        return new Notice(n.id(), n.recipientId(), n.dedupeKey(), n.template(), n.parameters(), n.texts(), n.subject(),
                n.actionAt(now), n.createdAt(), n.readAt());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static DomainException notFound() {
        return DomainException.notFound("notification.notice-not-found");
    }
}
