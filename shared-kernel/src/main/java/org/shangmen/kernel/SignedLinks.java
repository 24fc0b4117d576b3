package org.shangmen.kernel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Short-lived links that an {@code <image>} or {@code <video>} tag loads without a token: the address
 * carries a stored file's key, the expiry (epoch seconds) and an HMAC-SHA256 of {@code key + "\n" + expires}.
 * Whoever holds the link may read that one file until it expires; nothing else is granted. Without a
 * configured secret a process signs with a random one, so links still work, only not across restarts.
 */
public final class SignedLinks {

    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;
    private final String address;
    private final Duration lifetime;
    private final Clock clock;

    /**
     * @param secret   the configured link secret, or blank for a random per-process one
     * @param baseUrl  the platform's public address (may be blank for relative links)
     * @param path     the route that serves the signed files, e.g. {@code /api/v1/public/booking/media}
     * @param lifetime how long a link stays valid
     */
    public SignedLinks(String secret, String baseUrl, String path, Duration lifetime, Clock clock) {
        this.secret = secret == null || secret.isBlank() ? random() : secret.getBytes(StandardCharsets.UTF_8);
        String base = baseUrl == null ? "" : baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.address = base + path;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** A link to the file with this key, valid from now for the lifetime. */
    public String link(String key) {
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        return address + "?key=" + URLEncoder.encode(key, StandardCharsets.UTF_8) + "&expires=" + expires + "&signature="
                + signature(key, expires);
    }

    /** Whether the link was signed with this secret and has not expired; any expiry a caller may send is safe. */
    public boolean valid(String key, long expires, String signature) {
        if (key == null || signature == null || expires <= clock.instant().getEpochSecond()) {
            return false;
        }
        return MessageDigest.isEqual(signature(key, expires).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }

    public Duration lifetime() {
        return lifetime;
    }

    private String signature(String key, long expires) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            byte[] digest = mac.doFinal((key + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
