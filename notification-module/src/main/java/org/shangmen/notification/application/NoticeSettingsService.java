package org.shangmen.notification.application;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.notification.application.port.in.ManageNoticeSettings;
import org.shangmen.notification.application.port.out.NoticeSettingsStore;
import org.shangmen.notification.domain.Channel;
import org.shangmen.notification.domain.NoticeSettings;
import org.springframework.transaction.annotation.Transactional;

/** Which optional channels (WeChat, SMS) an account has muted. */
public class NoticeSettingsService implements ManageNoticeSettings {

    private final NoticeSettingsStore settings;
    private final Clock clock;

    public NoticeSettingsService(NoticeSettingsStore settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
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
        settings.save(chosen, clock.instant().truncatedTo(ChronoUnit.MICROS));
        return chosen;
    }
}
