package org.shangmen.identity.application.port.out;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Single-use tokens behind e-mailed links (verify an address, reset a password), stored as hashes. */
public interface OneTimeTokenStore {

    enum Purpose { VERIFY_EMAIL, RESET_PASSWORD }

    record OneTimeToken(String tokenHash, UUID accountId, Purpose purpose, Instant expiresAt, boolean used) {
    }

    void insert(OneTimeToken token, Instant createdAt);

    Optional<OneTimeToken> find(String tokenHash);

    /** True for exactly one caller, and only while the token is live. */
    boolean use(String tokenHash, Instant now);
}
