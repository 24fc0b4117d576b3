package org.shangmen.notification.adapter.out.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.notification.application.port.out.NoticePrivacyStore;
import org.springframework.stereotype.Repository;

@Repository
class JdbiNoticePrivacyStore implements NoticePrivacyStore {

    private final Jdbi jdbi;

    JdbiNoticePrivacyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public List<NoticeRecord> notices(UUID accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT title, body, created_at FROM notification.notice WHERE recipient_id = :id "
                        + "ORDER BY created_at, id")
                .bind("id", accountId)
                .map((rs, ctx) -> new NoticeRecord(rs.getString("title"), rs.getString("body"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant()))
                .list());
    }

    @Override
    public int forget(UUID accountId, String blank) {
        return jdbi.inTransaction(h -> {
            h.createUpdate("DELETE FROM notification.notice_settings WHERE account_id = :id").bind("id", accountId).execute();
            h.createUpdate("UPDATE notification.private_message SET body = :blank WHERE sender_id = :id")
                    .bind("blank", blank).bind("id", accountId).execute();
            return h.createUpdate("DELETE FROM notification.notice WHERE recipient_id = :id").bind("id", accountId).execute();
        });
    }
}
