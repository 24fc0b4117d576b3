package org.shangmen.notification.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.Ids;
import org.shangmen.kernel.Page;
import org.shangmen.kernel.PageRequest;
import org.shangmen.notification.application.port.in.PrivateMessaging;
import org.shangmen.notification.application.port.out.LivePush;
import org.shangmen.notification.application.port.out.MessageStore;
import org.shangmen.notification.application.port.out.OpenComplaints;
import org.shangmen.notification.application.port.out.OrderConversations;
import org.shangmen.notification.application.port.out.ThreadAccessLog;
import org.shangmen.notification.domain.Conversation;
import org.shangmen.notification.domain.MessageSender;
import org.shangmen.notification.domain.PrivateMessage;
import org.shangmen.notification.domain.PrivateMessageSent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/** Private threads per order between its customer and its worker (W3.2). */
public class PrivateMessagingService implements PrivateMessaging {

    private static final Logger audit = LoggerFactory.getLogger("shangmen.security");

    private final OrderConversations orders;
    private final MessageStore messages;
    private final ThreadAccessLog accessLog;
    private final LivePush live;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration grace;
    private final java.util.Optional<org.shangmen.notification.application.port.out.MessageImages> images;
    private final OpenComplaints complaints;

    public PrivateMessagingService(OrderConversations orders, MessageStore messages, ThreadAccessLog accessLog, LivePush live,
                                   ApplicationEventPublisher events, Clock clock, Duration grace) {
        this(orders, messages, accessLog, live, events, clock, grace, java.util.Optional.empty(), OpenComplaints.NONE);
    }

    public PrivateMessagingService(OrderConversations orders, MessageStore messages, ThreadAccessLog accessLog, LivePush live,
                                   ApplicationEventPublisher events, Clock clock, Duration grace,
                                   java.util.Optional<org.shangmen.notification.application.port.out.MessageImages> images,
                                   OpenComplaints complaints) {
        this.images = images;
        this.complaints = complaints;
        this.orders = orders;
        this.messages = messages;
        this.accessLog = accessLog;
        this.live = live;
        this.events = events;
        this.clock = clock;
        if (grace.isNegative()) {
            throw new IllegalArgumentException("the time a thread stays open after completion cannot be negative");
        }
        this.grace = grace;
    }

    @Override
    @Transactional
    public PrivateMessage send(UUID senderId, UUID orderId, String text) {
        Conversation conversation = conversation(orderId, senderId);
        Instant now = now();
        conversation.ensureMayWrite(senderId, now, grace);
        PrivateMessage message = PrivateMessage.write(Ids.newId(clock), conversation, senderId, text, now);
        messages.insert(message);
        events.publishEvent(new PrivateMessageSent(message.id(), orderId, senderId, message.recipientId()));
        return message;
    }

    @Override
    @Transactional
    public PrivateMessage sendImage(UUID senderId, UUID orderId, byte[] picture) {
        org.shangmen.notification.application.port.out.MessageImages store = images
                .orElseThrow(() -> org.shangmen.kernel.DomainException.notFound("notification.thread-not-found"));
        Conversation conversation = conversation(orderId, senderId);
        Instant now = now();
        conversation.ensureMayWrite(senderId, now, grace);
        PictureCheck.Clean clean = PictureCheck.clean(picture);
        PrivateMessage message = PrivateMessage.write(Ids.newId(clock), conversation, senderId, IMAGE_TEXT, now);
        messages.insert(message);
        store.put(message.id(), clean.content(), clean.contentType());
        events.publishEvent(new PrivateMessageSent(message.id(), orderId, senderId, message.recipientId()));
        return message;
    }

    @Override
    @Transactional(readOnly = true)
    public org.shangmen.notification.application.port.out.MessageImages.Image image(UUID readerId, UUID orderId, UUID messageId) {
        conversation(orderId, readerId);
        messages.find(messageId).filter(m -> m.orderId().equals(orderId))
                .orElseThrow(() -> org.shangmen.kernel.DomainException.notFound("notification.image-not-found"));
        return images.flatMap(i -> i.get(messageId))
                .orElseThrow(() -> org.shangmen.kernel.DomainException.notFound("notification.image-not-found"));
    }

    @Override
    @Transactional(readOnly = true)
    public org.shangmen.notification.application.port.out.MessageImages.Image linkedImage(UUID messageId) {
        return images.flatMap(i -> i.get(messageId))
                .orElseThrow(() -> org.shangmen.kernel.DomainException.notFound("notification.image-not-found"));
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<UUID> withImages(java.util.Collection<UUID> messageIds) {
        return images.map(i -> i.withImages(messageIds)).orElse(java.util.Set.of());
    }

    /** What a picture message says in text, for lists and notifications. */
    public static final String IMAGE_TEXT = "[图片]";

    @Override
    @Transactional(readOnly = true)
    public Page<PrivateMessage> thread(UUID readerId, UUID orderId, PageRequest page) {
        conversation(orderId, readerId);
        return messages.thread(orderId, page);
    }

    @Override
    @Transactional
    public int markRead(UUID readerId, UUID orderId) {
        conversation(orderId, readerId);
        return messages.markRead(orderId, readerId, now());
    }

    @Override
    @Transactional
    public Page<PrivateMessage> threadForComplaint(UUID operatorId, UUID orderId, UUID complaintId, PageRequest page) {
        if (orders.participants(orderId).isEmpty()) {
            throw DomainException.notFound("notification.thread-not-found");
        }
        if (!complaints.isOpen(orderId, complaintId)) {
            throw DomainException.rejected("notification.complaint-required");
        }
        accessLog.record(operatorId, orderId, complaintId, now());
        audit.info("operator {} read the private thread of order {} for complaint {}", operatorId, orderId, complaintId);
        return messages.thread(orderId, page);
    }

    @Override
    @Transactional(readOnly = true)
    public void deliver(UUID messageId) {
        messages.find(messageId).ifPresent(m -> live.message(m, senders(m.orderId()).getOrDefault(m.senderId(),
                new MessageSender(m.senderId(), MessageSender.Role.CUSTOMER, Optional.empty()))));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<UUID, MessageSender> senders(UUID orderId) {
        Map<UUID, MessageSender> senders = new HashMap<>();
        orders.participants(orderId).ifPresent(p -> {
            senders.put(p.workerAccountId(), new MessageSender(p.workerAccountId(), MessageSender.Role.WORKER,
                    orders.workerName(p.workerAccountId())));
            senders.putIfAbsent(p.customerAccountId(), new MessageSender(p.customerAccountId(), MessageSender.Role.CUSTOMER,
                    Optional.empty()));
        });
        return senders;
    }

    /** The order's thread if the account takes part in it; otherwise not found, as if there were no such thread. */
    private Conversation conversation(UUID orderId, UUID accountId) {
        Conversation conversation = orders.participants(orderId)
                .map(p -> new Conversation(p.orderId(), p.customerAccountId(), p.workerAccountId(), p.acceptedAt(), p.completedAt()))
                .orElseThrow(() -> DomainException.notFound("notification.thread-not-found"));
        if (!conversation.isParticipant(accountId)) {
            throw DomainException.notFound("notification.thread-not-found");
        }
        return conversation;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
