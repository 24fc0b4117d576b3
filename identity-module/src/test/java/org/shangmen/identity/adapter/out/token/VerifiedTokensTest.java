package org.shangmen.identity.adapter.out.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant ISSUED = Instant.parse("2026-12-05T02:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(ISSUED);
    private final AtomicInteger verifications = new AtomicInteger();


    /** Stands for the signature check: only tokens named "good-…" verify; each lives 15 minutes. */
    private final JwtDecoder signatures = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("good-")) {
            throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token).header("alg", "HS256").subject(token).issuedAt(ISSUED)
                .expiresAt(ISSUED.plus(Duration.ofMinutes(15))).build();
    };

    /** Stands for the lifetime rule: a token has expired once the test's time is past its expiry. */
    private final OAuth2TokenValidator<Jwt> lifetime = jwt -> now.get().isAfter(jwt.getExpiresAt())
            ? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "expired", null))
            : OAuth2TokenValidatorResult.success();

    private VerifiedTokens tokens(int capacity) {
        return new VerifiedTokens(signatures, lifetime, capacity);
    }

    @Test
    @DisplayName("A token's signature is checked once; the same token again is answered from memory")
    void verifiedOnce() {
        VerifiedTokens tokens = tokens(100);
        assertThat(tokens.decode("good-a").getSubject()).isEqualTo("good-a");
        assertThat(tokens.decode("good-a").getSubject()).isEqualTo("good-a");
        assertThat(verifications).hasValue(1);
    }

    @Test
    @DisplayName("A kept token is refused once it has expired, and a token that failed its check is never kept")
    void expiredAndBadRefused() {
        VerifiedTokens tokens = tokens(100);
        tokens.decode("good-a");
        now.set(ISSUED.plus(Duration.ofMinutes(16)));
        assertThatThrownBy(() -> tokens.decode("good-a")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).as("the forged token checked each time").hasValue(3);
    }

    @Test
    @DisplayName("No more than the capacity is kept: past it the memory starts afresh")
    void bounded() {
        VerifiedTokens tokens = tokens(2);
        tokens.decode("good-a");
        tokens.decode("good-b");
        tokens.decode("good-c");
        tokens.decode("good-a");
        assertThat(verifications).hasValue(4);
    }
}
