package org.shangmen.storage;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and checks the links to objects kept on local disk: the signature is the unpadded base64url
 * HMAC-SHA256 of {@code key + "\n" + expires} (expiry in epoch seconds), keyed with
 * {@code shangmen.storage.link-secret}. Whoever serves a signed route checks it with
 * {@link #verify}; a link is good up to and including its expiry second.
 */
public final class LinkSigner {

    /** The shortest secret accepted, in bytes (UTF-8). */
    public static final int MIN_SECRET_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec secret;

    /** @param secret at least {@value #MIN_SECRET_BYTES} bytes in UTF-8 */
    public LinkSigner(String secret) {
        Objects.requireNonNull(secret, "secret");
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        if (bytes.length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("a link secret needs at least " + MIN_SECRET_BYTES + " bytes");
        }
        this.secret = new SecretKeySpec(bytes, ALGORITHM);
    }

    public String sign(String key, Instant expires) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(expires, "expires");
        return Base64.getUrlEncoder().withoutPadding().encodeToString(mac(key, expires.getEpochSecond()));
    }

    /**
     * Whether {@code signature} was made by {@link #sign} for this key and expiry, and {@code now} is not past
     * the expiry. The comparison takes the same time however many bytes match.
     */
    public boolean verify(String key, long expires, String signature, Instant now) {
        if (key == null || signature == null || now == null || now.getEpochSecond() > expires) {
            return false;
        }
        byte[] presented;
        try {
            presented = Base64.getUrlDecoder().decode(signature);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(mac(key, expires), presented);
    }

    private byte[] mac(String key, long expires) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(secret);
            return mac.doFinal((key + "\n" + expires).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "LinkSigner[******]";
    }
}
