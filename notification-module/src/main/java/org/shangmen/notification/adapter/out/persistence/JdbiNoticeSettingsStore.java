package org.shangmen.notification.adapter.out.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.notification.application.port.out.NoticeSettingsStore;
import org.shangmen.notification.domain.Channel;
import org.shangmen.notification.domain.NoticeSettings;
import org.springframework.stereotype.Repository;

/** {@code notification.notice_settings}: a row only for accounts that chose something. */
@Repository
class JdbiNoticeSettingsStore implements NoticeSettingsStore {

    private final Jdbi jdbi;

    JdbiNoticeSettingsStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Optional<NoticeSettings> find(UUID accountId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT wechat_muted, sms_muted FROM notification.notice_settings "
                        + "WHERE account_id = :id")
                .bind("id", accountId)
                .map((rs, ctx) -> new NoticeSettings(accountId, muted(rs))).findOne());
    }

    @Override
    public java.util.Map<UUID, NoticeSettings> findAll(java.util.Collection<UUID> accountIds) {
        if (accountIds.isEmpty()) {
            return java.util.Map.of();
        }
        java.util.Map<UUID, NoticeSettings> found = new java.util.HashMap<>();
        jdbi.useHandle(h -> h.createQuery("SELECT account_id, wechat_muted, sms_muted FROM notification.notice_settings "
                        + "WHERE account_id IN (<ids>)")
                .bindList("ids", java.util.List.copyOf(accountIds))
                .map((rs, ctx) -> new NoticeSettings(rs.getObject("account_id", UUID.class), muted(rs)))
                .forEach(s -> found.put(s.accountId(), s)));
        return found;
    }

    private static EnumSet<Channel> muted(java.sql.ResultSet rs) throws java.sql.SQLException {
        EnumSet<Channel> muted = EnumSet.noneOf(Channel.class);
        if (rs.getBoolean("wechat_muted")) {
            muted.add(Channel.WECHAT);
        }
        if (rs.getBoolean("sms_muted")) {
            muted.add(Channel.SMS);
        }
        return muted;
    }

    /** Update, else insert; a concurrent first insert loses quietly to the other (the last choice wins on retry). */
    @Override
    public void save(NoticeSettings settings, Instant at) {
        jdbi.useHandle(h -> {
            boolean wechat = settings.muted().contains(Channel.WECHAT);
            boolean sms = settings.muted().contains(Channel.SMS);
            int updated = h.createUpdate("UPDATE notification.notice_settings SET wechat_muted = :wechat, sms_muted = :sms, "
                            + "updated_at = :at WHERE account_id = :id")
                    .bind("wechat", wechat).bind("sms", sms).bind("at", at.atOffset(ZoneOffset.UTC)).bind("id", settings.accountId())
                    .execute();
            if (updated == 0) {
                h.createUpdate("INSERT INTO notification.notice_settings (account_id, wechat_muted, sms_muted, updated_at) "
                                + "VALUES (:id, :wechat, :sms, :at) ON CONFLICT DO NOTHING")
                        .bind("wechat", wechat).bind("sms", sms).bind("at", at.atOffset(ZoneOffset.UTC)).bind("id", settings.accountId())
                        .execute();
            }
        });
    }
}
