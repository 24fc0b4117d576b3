package org.shangmen.notification.application;

import java.time.Clock;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.notification.application.port.in.ActOnNotice;
import org.shangmen.notification.application.port.in.MessageCentre;
import org.shangmen.notification.application.port.in.Notify;
import org.shangmen.notification.application.port.out.TimeChangeAnswers;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeAction;
import org.springframework.transaction.annotation.Transactional;

/** Runs a notice's action in the owning module, in one transaction with settling the action. */
public class NoticeActionService implements ActOnNotice {

    public static final String CONFIRM_TIME_CHANGE = "CONFIRM_TIME_CHANGE";

    private final MessageCentre centre;
    private final Notify notify;
    private final TimeChangeAnswers timeChanges;
    private final Clock clock;

    public NoticeActionService(MessageCentre centre, Notify notify, TimeChangeAnswers timeChanges, Clock clock) {
        this.centre = centre;
        this.notify = notify;
        this.timeChanges = timeChanges;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Notice act(UUID accountId, UUID noticeId, boolean accept) {
        Notice notice = centre.open(accountId, noticeId);
        NoticeAction action = notice.actionAt(clock.instant())
                .orElseThrow(() -> DomainException.conflict("notification.action-none"));
        if (action.state() != NoticeAction.State.PENDING) {
            throw DomainException.conflict("notification.action-settled");
        }
        if (!CONFIRM_TIME_CHANGE.equals(action.kind()) || notice.subject().isEmpty() || !notice.parameters().containsKey("requestId")) {
            throw DomainException.conflict("notification.action-none");
        }
        timeChanges.answer(accountId, UUID.fromString(notice.subject().get().id()), UUID.fromString(notice.parameters().get("requestId")),
                accept);
        notify.settleAction(accountId, notice.subject().get(), action.kind(), NoticeAction.State.DONE);
        return centre.open(accountId, noticeId);
    }
}
