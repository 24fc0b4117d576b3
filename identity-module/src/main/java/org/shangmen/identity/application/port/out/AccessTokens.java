package org.shangmen.identity.application.port.out;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** Signs the short-lived bearer tokens every request carries. */
public interface AccessTokens {

    String issue(UUID accountId, UUID sessionId, Set<String> roles, Set<String> permissions,
                 boolean passwordChangeRequired, Instant issuedAt, Instant expiresAt);
}
