package org.shangmen.notification.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.notification.domain.NoticeSettings;

public interface NoticeSettingsStore {

    Optional<NoticeSettings> find(UUID accountId);

    /** The settings these accounts saved, in one statement; accounts that never chose are left out. */
    java.util.Map<UUID, NoticeSettings> findAll(java.util.Collection<UUID> accountIds);

    void save(NoticeSettings settings, Instant at);
}
