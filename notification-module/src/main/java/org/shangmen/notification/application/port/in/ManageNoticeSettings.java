package org.shangmen.notification.application.port.in;

import java.util.Set;
import java.util.UUID;
import org.shangmen.notification.domain.Channel;
import org.shangmen.notification.domain.NoticeSettings;

/** An account mutes or unmutes its optional channels (WeChat subscribe messages, text messages). */
public interface ManageNoticeSettings {

    NoticeSettings settings(UUID accountId);

    /** Refuses a channel that cannot be muted ({@code notification.channel-not-mutable}). */
    NoticeSettings mute(UUID accountId, Set<Channel> muted);
}
