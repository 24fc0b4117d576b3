package org.shangmen.notification.adapter.in.event;

import org.shangmen.identity.api.event.AccountClosed;
import org.shangmen.notification.application.NoticePersonalData;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A closed account's notices and settings are deleted, and the messages it sent blanked (PIPL art. 47). */
@Component
class NoticeAccountClosure {

    private final NoticePersonalData personalData;

    NoticeAccountClosure(NoticePersonalData personalData) {
        this.personalData = personalData;
    }

    @ApplicationModuleListener
    void on(AccountClosed closed) {
        personalData.forget(closed.accountId());
    }
}
