package org.shangmen.worker.adapter.in.event;

import org.shangmen.identity.api.event.AccountClosed;
import org.shangmen.worker.application.WorkerPersonalData;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A closed account's worker data is forgotten: identity, photo, certificates and documents (PIPL art. 47). */
@Component
class WorkerAccountClosure {

    private final WorkerPersonalData personalData;

    WorkerAccountClosure(WorkerPersonalData personalData) {
        this.personalData = personalData;
    }

    @ApplicationModuleListener
    void on(AccountClosed closed) {
        personalData.forget(closed.accountId());
    }
}
