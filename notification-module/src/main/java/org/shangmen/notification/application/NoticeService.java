package org.shangmen.notification.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.Ids;
import org.shangmen.notification.application.port.in.Notify;
import org.shangmen.notification.application.port.out.NoticeStore;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeAction;
import org.shangmen.notification.domain.NoticeStored;
import org.shangmen.notification.domain.NoticesStored;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/** Notices created from templates for the module's listeners, and the settling of their actions. */
public class NoticeService implements Notify {

    private final NoticeStore notices;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public NoticeService(NoticeStore notices, ApplicationEventPublisher events, Clock clock) {
        this.notices = notices;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<UUID> notify(NoticeRequest request) {
        Notice notice = Notice.create(Ids.newId(clock), request.recipientId(), request.dedupeKey(), request.template(),
                request.parameters(), request.subject(), request.action(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (!notices.insert(notice)) {
            return Optional.empty();
        }
        events.publishEvent(new NoticeStored(notice.id(), notice.recipientId()));
        return Optional.of(notice.id());
    }

    @Override
    @Transactional
    public List<UUID> notifyAll(List<NoticeRequest> requests) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Notice> created = requests.stream().map(r -> Notice.create(Ids.newId(clock), r.recipientId(), r.dedupeKey(), r.template(),
                r.parameters(), r.subject(), r.action(), now)).toList();
        List<UUID> stored = notices.insertAll(created);
        if (!stored.isEmpty()) {
            events.publishEvent(new NoticesStored(stored));
        }
        return stored;
    }

    @Override
    @Transactional
    public int settleAction(UUID recipientId, Notice.Subject subject, String actionKind, NoticeAction.State state) {
        if (state == NoticeAction.State.PENDING) {
            throw new IllegalArgumentException("an action is settled as DONE or EXPIRED");
        }
        return notices.settleAction(recipientId, subject, actionKind, state);
    }
}
