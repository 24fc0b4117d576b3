package org.shangmen.identity;

import com.nimbusds.jose.jwk.source.ImmutableSecret;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** The identity module's beans: the keys that sign and verify access tokens. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    private final SecretKey tokenKey;

    IdentityConfiguration(@Value("${shangmen.identity.token.secret:}") String secret) {
        byte[] key = secret.isBlank() ? new byte[0] : decode(secret);
        if (key.length < 32) {
            throw new IllegalStateException("shangmen.identity.token.secret (SHANGMEN_TOKEN_SECRET) must be set to at least "
                    + "32 random bytes, base64-encoded; generate one with: openssl rand -base64 48");
        }
        this.tokenKey = new SecretKeySpec(key, "HmacSHA256");
    }

    @Bean
    JwtDecoder jwtDecoder() {
        return NimbusJwtDecoder.withSecretKey(tokenKey).macAlgorithm(MacAlgorithm.HS256).build();
    }

    @Bean
    JwtEncoder jwtEncoder() {
        return new NimbusJwtEncoder(new ImmutableSecret<>(tokenKey));
    }

    private static byte[] decode(String secret) {
        try {
            return Base64.getDecoder().decode(secret.trim());
        } catch (IllegalArgumentException notBase64) {
            return secret.getBytes(StandardCharsets.UTF_8);
        }
    }
}
