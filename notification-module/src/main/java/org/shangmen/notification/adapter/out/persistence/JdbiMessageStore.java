package org.shangmen.notification.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.notification.application.port.out.MessageStore;
import org.shangmen.notification.domain.PrivateMessage;
import org.springframework.stereotype.Repository;

/** Private messages in {@code notification.private_message}, already masked. */
@Repository
class JdbiMessageStore implements MessageStore {

    private static final String COLUMNS = "id, order_id, sender_id, recipient_id, body, sent_at, read_at";
    private final Jdbi jdbi;

    JdbiMessageStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public void insert(PrivateMessage m) {
        jdbi.useHandle(h -> h.createUpdate("INSERT INTO notification.private_message (" + COLUMNS + ") VALUES (:id, :order, "
                        + ":sender, :recipient, :body, :sentAt, :readAt)")
                .bind("id", m.id()).bind("order", m.orderId()).bind("sender", m.senderId()).bind("recipient", m.recipientId())
                .bind("body", m.text()).bind("sentAt", m.sentAt().atOffset(ZoneOffset.UTC))
                .bind("readAt", JdbiNoticeStore.utc(m.readAt())).execute());
    }

    @Override
    public Optional<PrivateMessage> find(UUID messageId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM notification.private_message WHERE id = :id")
                .bind("id", messageId).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public Page<PrivateMessage> thread(UUID orderId, PageRequest page) {
        return jdbi.withHandle(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM notification.private_message WHERE order_id = :order")
                    .bind("order", orderId).mapTo(Long.class).one();
            var items = h.createQuery("SELECT " + COLUMNS + " FROM notification.private_message WHERE order_id = :order "
                            + "ORDER BY sent_at DESC, id DESC LIMIT :limit OFFSET :offset")
                    .bind("order", orderId).bind("limit", page.size()).bind("offset", page.offset())
                    .map((rs, ctx) -> map(rs)).list();
            return Page.of(items, page, total);
        });
    }

    @Override
    public int markRead(UUID orderId, UUID recipientId, Instant at) {
        return jdbi.withHandle(h -> h.createUpdate("UPDATE notification.private_message SET read_at = :at "
                        + "WHERE order_id = :order AND recipient_id = :recipient AND read_at IS NULL")
                .bind("at", at.atOffset(ZoneOffset.UTC)).bind("order", orderId).bind("recipient", recipientId).execute());
    }

    private static PrivateMessage map(ResultSet rs) throws SQLException {
        return new PrivateMessage(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
                rs.getObject("sender_id", UUID.class), rs.getObject("recipient_id", UUID.class), rs.getString("body"),
                JdbiNoticeStore.instant(rs, "sent_at").orElseThrow(), JdbiNoticeStore.instant(rs, "read_at"));
    }
}
