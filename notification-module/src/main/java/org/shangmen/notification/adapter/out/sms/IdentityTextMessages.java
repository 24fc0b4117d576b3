package org.shangmen.notification.adapter.out.sms;

import org.shangmen.identity.api.AccountContacts;
import org.shangmen.notification.application.port.out.TextMessages;
import org.shangmen.notification.domain.Notice;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/** Text messages through the identity module, which alone knows the phone number and the SMS provider. */
@Component
@EnableConfigurationProperties(NoticeSmsProperties.class)
class IdentityTextMessages implements TextMessages {

    private final AccountContacts contacts;
    private final NoticeSmsProperties properties;

    IdentityTextMessages(AccountContacts contacts, NoticeSmsProperties properties) {
        this.contacts = contacts;
        this.properties = properties;
    }

    @Override
    public boolean send(Notice notice) {
        String template = properties.templates().get(notice.template().name());
        return contacts.sendNoticeSms(notice.recipientId(), template, notice.parameters(), notice.texts().body())
                == AccountContacts.SmsOutcome.SENT;
    }
}
