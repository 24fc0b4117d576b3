package org.shangmen.notification.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.notification.domain.NoticeSettings;

public interface NoticeSettingsStore {

    Optional<NoticeSettings> find(UUID accountId);

    void save(NoticeSettings settings, Instant at);
}
