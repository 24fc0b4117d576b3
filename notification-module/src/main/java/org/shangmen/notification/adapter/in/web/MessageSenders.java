package org.shangmen.notification.adapter.in.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.shangmen.notification.domain.MessageSender;
import org.shangmen.notification.domain.PrivateMessage;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Private messages with their writer's role and name, in the reader's language. */
@Component
class MessageSenders {

    private final NoticeMapper mapper;
    private final MessageSource labels;
    private final MessageImageLinks links;

    MessageSenders(NoticeMapper mapper, MessageSource labels, MessageImageLinks links) {
        this.mapper = mapper;
        this.labels = labels;
        this.links = links;
    }

    MessageView view(PrivateMessage message, boolean image, Map<UUID, MessageSender> senders, Locale locale) {
        return view(message, image, senders.getOrDefault(message.senderId(),
                new MessageSender(message.senderId(), MessageSender.Role.CUSTOMER, java.util.Optional.empty())), locale);
    }

    MessageView view(PrivateMessage message, boolean image, MessageSender sender, Locale locale) {
        String role = sender.role().name();
        String label = labels.getMessage("label.sender-role." + role, null, role, locale == null ? Locale.CHINA : locale);
        return mapper.toView(message, image, image ? links.link(message.id()) : null, role, label, sender.name().orElse(label));
    }
}
