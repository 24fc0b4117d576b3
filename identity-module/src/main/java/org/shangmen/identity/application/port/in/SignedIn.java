package org.shangmen.identity.application.port.in;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shangmen.identity.api.Role;

/**
 * The answer to every successful sign-in: a short-lived access token, and a rotating refresh token
 * that keeps the sign-in alive (30 days with "remember me", 12 hours without).
 */
public record SignedIn(UUID accountId, Set<Role> roles, String accessToken, Instant issuedAt, Instant accessTokenExpiresAt,
                       String refreshToken, Instant refreshTokenExpiresAt, boolean passwordChangeRequired,
                       boolean newAccount, Optional<String> maskedPhone) {
}
