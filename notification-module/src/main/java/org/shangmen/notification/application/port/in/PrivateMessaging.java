package org.shangmen.notification.application.port.in;

import java.util.UUID;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.notification.domain.PrivateMessage;

/**
 * Private messages between an order's customer and its worker (W3.2). Anyone else asking for a thread is
 * answered not found ({@code notification.thread-not-found}); writing outside the thread's open time is a
 * conflict ({@code notification.thread-closed}).
 */
public interface PrivateMessaging {

    PrivateMessage send(UUID senderId, UUID orderId, String text);

    /** Newest first; a participant may read the thread also after it closed. */
    Page<PrivateMessage> thread(UUID readerId, UUID orderId, PageRequest page);

    /** Marks the messages to the reader read; answers how many. */
    int markRead(UUID readerId, UUID orderId);

    /** An operator reads a thread while handling a complaint about the order; every read is recorded. */
    Page<PrivateMessage> threadForComplaint(UUID operatorId, UUID orderId, UUID complaintId, PageRequest page);

    /** Puts a stored message on its recipient's live stream. */
    void deliver(UUID messageId);

    /** Sends a picture (JPEG or PNG, cleaned of metadata) in the order's thread. */
    PrivateMessage sendImage(UUID senderId, UUID orderId, byte[] picture);

    /** A picture of the thread, for its customer or worker. */
    org.shangmen.notification.application.port.out.MessageImages.Image image(UUID readerId, UUID orderId, UUID messageId);

    /**
     * A message's picture for a caller that holds a link the platform signed for one of the thread's two
     * people (the link is the authorization); {@code notification.image-not-found} when there is none.
     */
    org.shangmen.notification.application.port.out.MessageImages.Image linkedImage(UUID messageId);

    /**
     * The two people who write in the order's thread, by account id: its customer and its worker. Ask after
     * reading or writing the thread, which checks the reader may.
     */
    java.util.Map<UUID, org.shangmen.notification.domain.MessageSender> senders(UUID orderId);

    /** Which of the messages carry a picture. */
    java.util.Set<UUID> withImages(java.util.Collection<UUID> messageIds);
}
