package org.shangmen.identity.adapter.dev;

import java.time.Instant;

/**
 * One message a development adapter "sent". {@code channel} is {@link DevOutbox#SMS} or
 * {@link DevOutbox#MAIL}; {@code to} is the E.164 phone number or the e-mail address; SMS have no subject.
 */
public record DevMessage(String id, String channel, String to, String subject, String body, Instant sentAt) {
}
