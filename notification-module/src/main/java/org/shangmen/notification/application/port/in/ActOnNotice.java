package org.shangmen.notification.application.port.in;

import java.util.UUID;
import org.shangmen.notification.domain.Notice;

/** C5.2: acting on a notice that carries an action calls the module that owns the matter (a time change: booking). */
public interface ActOnNotice {

    /** Answers the notice's pending action; {@code notification.notice-not-found} for someone else's notice. */
    Notice act(UUID accountId, UUID noticeId, boolean accept);
}
