package org.shangmen.identity.adapter.out.token;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Access tokens whose signature was checked once, kept so that the next request with the same token is
 * not parsed and verified again: an app sends its token with every call for a quarter of an hour. A kept
 * token still has its lifetime checked on every use, and the session behind it is read by the caller
 * every time, so a sign-out or a disabled account ends it at once. At most {@code capacity} tokens are
 * kept; past that the instance starts afresh.
 */
public final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder signed;
    private final OAuth2TokenValidator<Jwt> lifetime;
    private final int capacity;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    /**
     * @param signed   checks the signature and every claim rule
     * @param lifetime the expiry rule, checked again on each use of a kept token
     */
    public VerifiedTokens(JwtDecoder signed, OAuth2TokenValidator<Jwt> lifetime, int capacity) {
        this.signed = signed;
        this.lifetime = lifetime;
        this.capacity = capacity;
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = token == null ? null : verified.get(token);
        if (known != null) {
            if (!lifetime.validate(known).hasErrors()) {
                return known;
            }
            verified.remove(token);
            throw new BadJwtException("token expired");
        }
        Jwt jwt = signed.decode(token);
        if (verified.size() >= capacity) {
            verified.clear();
        }
        verified.put(token, jwt);
        return jwt;
    }
}
