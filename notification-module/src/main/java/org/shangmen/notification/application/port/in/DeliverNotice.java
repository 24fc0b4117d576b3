package org.shangmen.notification.application.port.in;

import java.util.UUID;

/**
 * Carries a stored notice to its other channels: the live stream, WeChat and, for the few notices that
 * warrant one, a text message. Each channel fails on its own and never takes the stored notice with it.
 */
public interface DeliverNotice {

    void deliver(UUID noticeId);

    /** The notices of one fact, read together. */
    default void deliverAll(java.util.List<UUID> noticeIds) {
        noticeIds.forEach(this::deliver);
    }
}
