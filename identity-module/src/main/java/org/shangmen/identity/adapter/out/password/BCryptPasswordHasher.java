package org.shangmen.identity.adapter.out.password;

import org.shangmen.identity.application.port.out.PasswordHasher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * bcrypt at a configurable cost (10 by default, about 70 ms here). bcrypt reads at most 72 bytes, so
 * longer passwords are first reduced with SHA-256 to keep every character significant.
 */
@Component
class BCryptPasswordHasher implements PasswordHasher {

    private final BCryptPasswordEncoder encoder;

    BCryptPasswordHasher(@Value("${shangmen.identity.password.bcrypt-strength:10}") int strength) {
        this.encoder = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String hash(String rawPassword) {
        return encoder.encode(prepare(rawPassword));
    }

    @Override
    public boolean matches(String rawPassword, String hash) {
        return encoder.matches(prepare(rawPassword), hash);
    }

    private static String prepare(String raw) {
        byte[] bytes = raw.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= 72) {
            return raw;
        }
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
            return "sha256:" + java.util.Base64.getEncoder().encodeToString(digest);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
