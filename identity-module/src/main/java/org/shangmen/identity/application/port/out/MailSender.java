package org.shangmen.identity.application.port.out;

import org.shangmen.identity.domain.EmailAddress;

/**
 * Sends e-mail. Implementations answer a {@link org.shangmen.kernel.DomainException} of kind
 * UNAVAILABLE ({@code identity.mail-unavailable}) when the mail server cannot take the message.
 */
public interface MailSender {

    void send(OutgoingMail mail);

    /** A plain-text mail with an optional HTML alternative. */
    record OutgoingMail(EmailAddress to, String subject, String text, String html) {
    }
}
