package org.shangmen.identity.adapter.out.token;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.shangmen.identity.application.port.out.AccessTokens;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Component;

/** HS256-signed JWTs: subject = account id, {@code sid} = session, {@code roles}, {@code perms}. */
@Component
class JwtAccessTokens implements AccessTokens {

    static final String ISSUER = "shangmen";
    private final JwtEncoder encoder;

    JwtAccessTokens(JwtEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String issue(UUID accountId, UUID sessionId, Set<String> roles, Set<String> permissions,
                        boolean passwordChangeRequired, Instant issuedAt, Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(accountId.toString())
                .id(UUID.randomUUID().toString())
                .issuedAt(issuedAt)
                .expiresAt(expiresAt)
                .claim("sid", sessionId.toString())
                .claim("roles", new TreeSet<>(roles))
                .claim("perms", new TreeSet<>(permissions))
                .claim("pwd_change", passwordChangeRequired)
                .build();
        return encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims)).getTokenValue();
    }
}
