package org.shangmen.notification.adapter.out.sms;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code shangmen.notification.sms.templates.<NOTICE_CODE>}: the SMS provider's approved template code for
 * each notice that goes out as a text message (ORDER_ACCEPTED, RESCHEDULE_APPROVED).
 */
@ConfigurationProperties("shangmen.notification.sms")
record NoticeSmsProperties(Map<String, String> templates) {

    NoticeSmsProperties {
        templates = templates == null ? Map.of() : Map.copyOf(templates);
    }
}
