package org.shangmen.identity.application.port.in;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The live session behind an access token: sign-out and password changes end it at once, and the
 * account, roles and permissions a request acts with come from here, never from the token's claims.
 */
public interface CheckSession {

    /** The session's account as it is now; empty when the session is unknown, ended or its account disabled. */
    Optional<LiveSession> live(UUID sessionId);

    record LiveSession(UUID sessionId, UUID accountId, Set<String> roles, Set<String> permissions,
                       boolean passwordChangeRequired) {
        public LiveSession {
            roles = Set.copyOf(roles);
            permissions = Set.copyOf(permissions);
        }
    }
}
