package org.shangmen.kernel;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data fields at rest (phone, ID number, address, bank card) with AES-256-GCM, and
 * makes keyed lookup hashes (HMAC-SHA256) so such fields can be found without being readable.
 * Ciphertexts carry their key version ({@code v1:...}) so keys can be rotated: new values use the
 * active key, old values stay readable while their key is configured.
 */
public final class FieldCipher {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, SecretKeySpec> keys;
    private final String activeVersion;
    private final SecretKeySpec lookupKey;

    /**
     * @param keys          key version → 32-byte AES key
     * @param activeVersion the version new values are encrypted with
     * @param lookupKey     at least 32 bytes for the lookup hashes, never rotated without re-hashing
     */
    public FieldCipher(Map<String, byte[]> keys, String activeVersion, byte[] lookupKey) {
        Objects.requireNonNull(keys, "keys");
        if (!keys.containsKey(activeVersion)) {
            throw new IllegalArgumentException("no key for the active version " + activeVersion);
        }
        this.keys = new java.util.HashMap<>();
        keys.forEach((version, key) -> {
            if (key == null || key.length != 32) {
                throw new IllegalArgumentException("key " + version + " must be 32 bytes (AES-256)");
            }
            if (!version.matches("[a-z0-9]{1,8}")) {
                throw new IllegalArgumentException("a key version is 1 to 8 lower-case letters or digits: " + version);
            }
            this.keys.put(version, new SecretKeySpec(key, "AES"));
        });
        if (lookupKey == null || lookupKey.length < 32) {
            throw new IllegalArgumentException("the lookup key must have at least 32 bytes");
        }
        this.activeVersion = activeVersion;
        this.lookupKey = new SecretKeySpec(lookupKey, "HmacSHA256");
    }

    public String encrypt(String plaintext) {
        Objects.requireNonNull(plaintext, "plaintext");
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(activeVersion), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(activeVersion.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return activeVersion + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("encryption failed", e);
        }
    }

    /** The version new values are encrypted with. */
    public String activeVersion() {
        return activeVersion;
    }

    /** The prefix of values encrypted with the active key ({@code v2:}), for finding those still to rotate. */
    public String activePrefix() {
        return activeVersion + ":";
    }

    /** The value under the active key: unchanged when it already is, otherwise decrypted and encrypted again. */
    public String reEncrypt(String stored) {
        return stored.startsWith(activePrefix()) ? stored : encrypt(decrypt(stored));
    }

    public String decrypt(String stored) {
        Objects.requireNonNull(stored, "stored");
        int colon = stored.indexOf(':');
        if (colon < 1) {
            throw new IllegalArgumentException("not an encrypted field");
        }
        String version = stored.substring(0, colon);
        SecretKeySpec key = keys.get(version);
        if (key == null) {
            throw new IllegalStateException("no key configured for version " + version);
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(stored.substring(colon + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(version.getBytes(StandardCharsets.US_ASCII));
            return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("decryption failed for a field encrypted with key " + version, e);
        }
    }

    /** A stable keyed hash of a normalised value, for unique keys and lookups: 64 hex characters. */
    public String lookupHash(String normalised) {
        Objects.requireNonNull(normalised, "normalised");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("hashing failed", e);
        }
    }
}
