package org.shangmen.identity.application.port.in;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.identity.api.Role;

/** What the signed-in person sees of their own account, unmasked, and binding a phone later. */
public interface OwnAccount {

    AccountView view(UUID accountId);

    /** Binds (or changes) the account's phone; needs a fresh BIND_PHONE code sent to that phone. */
    AccountView bindPhone(UUID accountId, String phone, String code);

    record AccountView(UUID id, Set<Role> roles, Optional<String> phone, Optional<String> email, boolean emailVerified,
                       Optional<String> username, boolean hasPassword, Set<String> socialProviders,
                       boolean passwordChangeRequired, Set<String> permissions, Instant createdAt) {
    }
}
