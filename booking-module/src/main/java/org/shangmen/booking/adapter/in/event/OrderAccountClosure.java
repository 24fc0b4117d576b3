package org.shangmen.booking.adapter.in.event;

import org.shangmen.booking.application.OrderPersonalData;
import org.shangmen.identity.api.event.AccountClosed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A closed account's orders stay for finance and law, without address, contact or requirements (PIPL art. 47). */
@Component
class OrderAccountClosure {

    private final OrderPersonalData personalData;

    OrderAccountClosure(OrderPersonalData personalData) {
        this.personalData = personalData;
    }

    @ApplicationModuleListener
    void on(AccountClosed closed) {
        personalData.forget(closed.accountId());
    }
}
