package org.shangmen.worker.adapter.in.event;

import org.shangmen.identity.api.Role;
import org.shangmen.identity.api.event.AccountRegistered;
import org.shangmen.worker.application.WorkerProfileService;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A worker account starts as an uncertified worker with an empty draft profile (W1.1 → W1.2). */
@Component
class WorkerAccounts {

    private final WorkerProfileService profiles;

    WorkerAccounts(WorkerProfileService profiles) {
        this.profiles = profiles;
    }

    @ApplicationModuleListener
    void on(AccountRegistered registered) {
        if (registered.roles().contains(Role.WORKER)) {
            profiles.open(registered.accountId());
        }
    }
}
