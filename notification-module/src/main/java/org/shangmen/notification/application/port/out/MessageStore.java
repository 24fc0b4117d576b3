package org.shangmen.notification.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.notification.domain.PrivateMessage;

/** Private messages, per order thread. */
public interface MessageStore {

    void insert(PrivateMessage message);

    Optional<PrivateMessage> find(UUID messageId);

    /** Newest first. */
    Page<PrivateMessage> thread(UUID orderId, PageRequest page);

    int markRead(UUID orderId, UUID recipientId, Instant at);
}
