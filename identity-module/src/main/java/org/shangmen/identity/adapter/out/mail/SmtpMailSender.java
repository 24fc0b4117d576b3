package org.shangmen.identity.adapter.out.mail;

import jakarta.mail.Message;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMultipart;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import org.shangmen.identity.application.port.out.MailSender;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends mail over SMTP with Spring's {@link JavaMailSender} (configured by {@code spring.mail.*}): UTF-8
 * plain text, or {@code multipart/alternative} plain text and HTML when the mail has HTML. A server that
 * does not take the message answers {@code identity.mail-unavailable}; logs never carry the address.
 */
@Component
@ConditionalOnProperty(prefix = "shangmen.mail", name = "provider", havingValue = OutgoingMailProperties.SMTP)
class SmtpMailSender implements MailSender {

    private static final Logger log = LoggerFactory.getLogger(SmtpMailSender.class);
    private static final String UTF_8 = StandardCharsets.UTF_8.name();

    private final JavaMailSender mailSender;
    private final InternetAddress from;
    private final Clock clock;

    @Autowired
    SmtpMailSender(JavaMailSender mailSender, OutgoingMailProperties properties) {
        this(mailSender, properties, Clock.systemUTC());
    }

    SmtpMailSender(JavaMailSender mailSender, OutgoingMailProperties properties, Clock clock) {
        this.mailSender = Objects.requireNonNull(mailSender);
        this.from = parseFrom(properties.from());
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public void send(OutgoingMail mail) {
        Objects.requireNonNull(mail, "mail");
        Objects.requireNonNull(mail.to(), "to");
        try {
            mailSender.send(message -> {
                message.setFrom(from);
                message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to().value(), true));
                message.setSubject(mail.subject(), UTF_8);
                message.setSentDate(Date.from(clock.instant()));
                String text = mail.text() == null ? "" : mail.text();
                if (mail.html() == null) {
                    message.setText(text, UTF_8, "plain");
                } else {
                    MimeBodyPart plain = new MimeBodyPart();
                    plain.setText(text, UTF_8, "plain");
                    MimeBodyPart html = new MimeBodyPart();
                    html.setText(mail.html(), UTF_8, "html");
                    MimeMultipart alternative = new MimeMultipart("alternative");
                    alternative.addBodyPart(plain);
                    alternative.addBodyPart(html);
                    message.setContent(alternative);
                }
            });
        } catch (MailException e) {
            Throwable cause = e.getMostSpecificCause();
            log.warn("SMTP server did not take the mail: {} ({})", e.getClass().getSimpleName(), cause.getClass().getSimpleName());
            throw new DomainException(ErrorKind.UNAVAILABLE, "identity.mail-unavailable");
        }
    }

    private static InternetAddress parseFrom(String value) {
        try {
            InternetAddress parsed = new InternetAddress(value, true);
            return new InternetAddress(parsed.getAddress(), parsed.getPersonal(), UTF_8);
        } catch (AddressException | UnsupportedEncodingException e) {
            throw new IllegalStateException("shangmen.mail.from (SHANGMEN_MAIL_FROM) must be an address such as "
                    + "\"上门 <no-reply@example.com>\"", e);
        }
    }
}
