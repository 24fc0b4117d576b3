package org.shangmen.identity.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Sign-in sessions and their rotating refresh tokens (one family per session, stored as hashes).
 */
public interface SessionStore {

    record Session(UUID id, UUID accountId, boolean rememberMe, Instant createdAt, Instant expiresAt,
                   Optional<Instant> revokedAt) {
        public boolean isLive(Instant now) {
            return revokedAt.isEmpty() && expiresAt.isAfter(now);
        }
    }

    record RefreshToken(String tokenHash, UUID sessionId, Instant expiresAt, Optional<Instant> usedAt) {
    }

    /**
     * What a request signed in with this session may do, read with the session in one statement: the
     * account's status, roles and permissions as stored now (no personal data is read or decrypted).
     */
    record Access(Session session, boolean accountActive, java.util.Set<String> roles, java.util.Set<String> permissions,
                  boolean passwordChangeRequired) {
    }

    void insert(Session session);

    Optional<Access> access(UUID sessionId);

    Optional<Session> session(UUID id);

    void insertRefreshToken(RefreshToken token, Instant issuedAt);

    Optional<RefreshToken> refreshToken(String tokenHash);

    /** Marks a refresh token used; true for exactly one caller. */
    boolean useRefreshToken(String tokenHash, Instant now);

    void revoke(UUID sessionId, String reason, Instant now);

    int revokeAllOf(UUID accountId, String reason, Instant now);
}
