package org.shangmen.identity.api;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** What other modules may know about an account: never its phone, e-mail or password. */
public interface AccountDirectory {

    Optional<AccountSummary> find(UUID accountId);

    /**
     * An account may book services and take orders only when it is active and verified (an account
     * registered by e-mail has clicked its verification link).
     */
    boolean mayTransact(UUID accountId);

    record AccountSummary(UUID id, Set<Role> roles, boolean active, boolean verified, String maskedPhone) {
    }
}
