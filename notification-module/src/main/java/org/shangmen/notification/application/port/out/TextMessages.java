package org.shangmen.notification.application.port.out;

import org.shangmen.notification.domain.Notice;

/**
 * Text messages for the few notices that warrant one, sent through the identity module so that phone
 * numbers never reach this module. A provider that cannot take the message answers a
 * {@link org.shangmen.kernel.DomainException} of kind UNAVAILABLE or TOO_MANY_REQUESTS.
 */
public interface TextMessages {

    /** False when the recipient has no phone number. */
    boolean send(Notice notice);
}
