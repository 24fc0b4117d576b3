package org.shangmen.notification.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.notification.application.port.out.LivePush;
import org.shangmen.notification.application.port.out.MessageStore;
import org.shangmen.notification.application.port.out.NoticeSettingsStore;
import org.shangmen.notification.application.port.out.NoticeStore;
import org.shangmen.notification.application.port.out.OrderConversations;
import org.shangmen.notification.application.port.out.ThreadAccessLog;
import org.shangmen.notification.domain.Notice;
import org.shangmen.notification.domain.NoticeAction;
import org.shangmen.notification.domain.NoticeSettings;
import org.shangmen.notification.domain.PrivateMessage;

/** In-memory stand-ins for the module's out-ports, for use-case tests without a database. */
final class InMemory {

    private InMemory() {
    }

    /** Orders as the owning module would answer them: participants set by the test. */
    static final class Orders implements OrderConversations {
        final Map<UUID, OrderParticipants> orders = new ConcurrentHashMap<>();

        @Override
        public Optional<OrderParticipants> participants(UUID orderId) {
            return Optional.ofNullable(orders.get(orderId));
        }

        @Override
        public Optional<String> workerName(UUID workerAccountId) {
            return Optional.of("王小梅");
        }
    }

    static final class Messages implements MessageStore {
        final Map<UUID, PrivateMessage> rows = new ConcurrentHashMap<>();

        @Override
        public void insert(PrivateMessage message) {
            rows.put(message.id(), message);
        }

        @Override
        public Optional<PrivateMessage> find(UUID messageId) {
            return Optional.ofNullable(rows.get(messageId));
        }

        @Override
        public Page<PrivateMessage> thread(UUID orderId, PageRequest page) {
            List<PrivateMessage> all = rows.values().stream().filter(m -> m.orderId().equals(orderId))
                    .sorted(Comparator.comparing(PrivateMessage::sentAt).thenComparing(PrivateMessage::id).reversed()).toList();
            return Page.of(all.stream().skip(page.offset()).limit(page.size()).toList(), page, all.size());
        }

        @Override
        public int markRead(UUID orderId, UUID recipientId, Instant at) {
            int marked = 0;
            for (PrivateMessage m : List.copyOf(rows.values())) {
                if (m.orderId().equals(orderId) && m.recipientId().equals(recipientId) && m.readAt().isEmpty()) {
                    rows.put(m.id(), new PrivateMessage(m.id(), m.orderId(), m.senderId(), m.recipientId(), m.text(), m.sentAt(),
                            Optional.of(at)));
                    marked++;
                }
            }
            return marked;
        }
    }

    static final class AccessLog implements ThreadAccessLog {
        final List<String> reads = new ArrayList<>();

        @Override
        public void record(UUID operatorId, UUID orderId, UUID complaintId, Instant at) {
            reads.add(operatorId + "/" + orderId + "/" + complaintId);
        }
    }

    static final class Live implements LivePush {
        final List<Object> pushed = new ArrayList<>();
        RuntimeException failure;

        @Override
        public void notice(Notice notice) {
            if (failure != null) {
                throw failure;
            }
            pushed.add(notice);
        }

        @Override
        public void message(PrivateMessage message, org.shangmen.notification.domain.MessageSender sender) {
            pushed.add(message);
        }
    }

    static final class Notices implements NoticeStore {
        final Map<UUID, Notice> rows = new ConcurrentHashMap<>();

        @Override
        public boolean insert(Notice notice) {
            boolean duplicate = rows.values().stream().anyMatch(n -> n.recipientId().equals(notice.recipientId())
                    && n.dedupeKey().equals(notice.dedupeKey()));
            if (!duplicate) {
                rows.put(notice.id(), notice);
            }
            return !duplicate;
        }

        @Override
        public Optional<Notice> find(UUID noticeId) {
            return Optional.ofNullable(rows.get(noticeId));
        }

        @Override
        public java.util.List<Notice> findAll(java.util.Collection<UUID> noticeIds) {
            return noticeIds.stream().map(rows::get).filter(java.util.Objects::nonNull).toList();
        }

        @Override
        public Optional<Notice> findFor(UUID recipientId, UUID noticeId) {
            return find(noticeId).filter(n -> n.recipientId().equals(recipientId));
        }

        @Override
        public Page<Notice> page(UUID recipientId, boolean unreadFirst, PageRequest page) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean markRead(UUID recipientId, UUID noticeId, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int markAllRead(UUID recipientId, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long unreadCount(UUID recipientId) {
            return rows.values().stream().filter(n -> n.recipientId().equals(recipientId) && !n.isRead()).count();
        }

        @Override
        public int settleAction(UUID recipientId, Notice.Subject subject, String actionKind, NoticeAction.State state) {
            throw new UnsupportedOperationException();
        }
    }

    static final class Settings implements NoticeSettingsStore {
        final Map<UUID, NoticeSettings> rows = new ConcurrentHashMap<>();

        @Override
        public Optional<NoticeSettings> find(UUID accountId) {
            return Optional.ofNullable(rows.get(accountId));
        }

        @Override
        public Map<UUID, NoticeSettings> findAll(java.util.Collection<UUID> accountIds) {
            Map<UUID, NoticeSettings> found = new java.util.HashMap<>();
            accountIds.stream().filter(rows::containsKey).forEach(id -> found.put(id, rows.get(id)));
            return found;
        }

        @Override
        public void save(NoticeSettings settings, Instant at) {
            rows.put(settings.accountId(), settings);
        }
    }
}
