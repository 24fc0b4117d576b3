package org.shangmen.notification.application.port.out;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An account's notices and messages as personal data: for the export, and removed when the account closes. */
public interface NoticePrivacyStore {

    record NoticeRecord(String title, String body, Instant createdAt) {
    }

    List<NoticeRecord> notices(UUID accountId);

    /** Deletes the account's notices and settings and blanks the messages it sent; answers the notices deleted. */
    int forget(UUID accountId, String blank);
}
