package org.shangmen.notification.application;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.notification.application.port.in.ManageNoticeSettings;
import org.shangmen.notification.application.port.in.MessageCentre;
import org.shangmen.notification.application.port.in.Notify;
import org.shangmen.notification.application.port.out.NoticeSettingsStore;
import org.shangmen.notification.application.port.out.NoticeStore;
import org.shangmen.notification.domain.Channel;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeAction;
import org.shangmen.notification.domain.NoticeSettings;
import org.shangmen.notification.domain.NoticeStored;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/** Notices: creating them from templates, the message centre, and the choice of optional channels. */
public class NoticeService implements Notify, MessageCentre, ManageNoticeSettings {

    private final NoticeStore notices;
    private final NoticeSettingsStore settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public NoticeService(NoticeStore notices, NoticeSettingsStore settings, ApplicationEventPublisher events, Clock clock) {
        this.notices = notices;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<UUID> notify(NoticeRequest request) {
        Notice notice = Notice.create(Ids.newId(clock), request.recipientId(), request.dedupeKey(), request.template(),
                request.parameters(), request.subject(), request.action(), now());
        if (!notices.insert(notice)) {
            return Optional.empty();
        }
        events.publishEvent(new NoticeStored(notice.id(), notice.recipientId()));
        return Optional.of(notice.id());
    }

    @Override
    @Transactional
    public int settleAction(UUID recipientId, Notice.Subject subject, String actionKind, NoticeAction.State state) {
        if (state == NoticeAction.State.PENDING) {
            throw new IllegalArgumentException("an action is settled as DONE or EXPIRED");
        }
        return notices.settleAction(recipientId, subject, actionKind, state);
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
        Notice notice = notices.findFor(accountId, noticeId).orElseThrow(NoticeService::notFound);
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
        Notice notice = notices.findFor(accountId, noticeId).orElseThrow(NoticeService::notFound);
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

    @Override
    @Transactional(readOnly = true)
    public NoticeSettings settings(UUID accountId) {
        return settings.find(accountId).orElseGet(() -> NoticeSettings.defaults(accountId));
    }

    @Override
    @Transactional
    public NoticeSettings mute(UUID accountId, Set<Channel> muted) {
        Set<Channel> channels = muted.isEmpty() ? EnumSet.noneOf(Channel.class) : EnumSet.copyOf(muted);
        if (channels.stream().anyMatch(c -> !c.optional())) {
            throw DomainException.invalid("notification.channel-not-mutable");
        }
        NoticeSettings chosen = new NoticeSettings(accountId, channels);
        settings.save(chosen, now());
        return chosen;
    }

    private static Notice seenAt(Notice n, Instant now) {
        return new Notice(n.id(), n.recipientId(), n.dedupeKey(), n.template(), n.parameters(), n.texts(), n.subject(),
                n.actionAt(now), n.createdAt(), n.readAt());
    }

    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    private static DomainException notFound() {
        return DomainException.notFound("notification.notice-not-found");
    }
}
