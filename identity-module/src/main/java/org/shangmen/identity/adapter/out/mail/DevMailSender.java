package org.shangmen.identity.adapter.out.mail;

import java.util.Objects;
import org.shangmen.identity.adapter.dev.DevOutbox;
import org.shangmen.identity.application.port.out.MailSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Sends nothing: puts the mail's subject and plain text into the {@link DevOutbox}, so that the platform
 * works offline. The default when {@code shangmen.mail.provider} is unset.
 */
@Component
@ConditionalOnProperty(prefix = "shangmen.mail", name = "provider", havingValue = OutgoingMailProperties.DEV,
        matchIfMissing = true)
class DevMailSender implements MailSender {

    private static final Logger log = LoggerFactory.getLogger(DevMailSender.class);

    private final DevOutbox outbox;

    DevMailSender(DevOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public void send(OutgoingMail mail) {
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(mail.to(), "to");
        String id = outbox.add(DevOutbox.MAIL, mail.to().value(), mail.subject(), mail.text()).id();
        log.info("Mail kept in the development outbox as {}", id);
    }
}
