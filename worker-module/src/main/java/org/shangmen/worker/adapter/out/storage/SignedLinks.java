package org.shangmen.worker.adapter.out.storage;

import java.time.Instant;
import org.shangmen.storage.LinkSigner;
import org.shangmen.worker.application.port.out.LinkVerifier;

/**
 * Signs and checks the links to documents kept on local disk with the shared {@link LinkSigner}: the signature
 * is the unpadded base64url HMAC-SHA256 of {@code key + "\n" + expires} (expiry in epoch seconds), keyed with
 * {@code shangmen.storage.link-secret}. Whoever serves {@code /api/v1/files/{key}} checks it with
 * {@link #verify}; a link is good up to and including its expiry second.
 */
public final class SignedLinks implements LinkVerifier {

    /** The shortest secret accepted, in bytes (UTF-8). */
    public static final int MIN_SECRET_BYTES = LinkSigner.MIN_SECRET_BYTES;

    private final LinkSigner signer;

    /** @param secret at least {@value #MIN_SECRET_BYTES} bytes in UTF-8 */
    public SignedLinks(String secret) {
        this.signer = new LinkSigner(secret);
    }

    public String sign(String key, Instant expires) {
        return signer.sign(key, expires);
    }

    LinkSigner signer() {
        return signer;
    }

    @Override
    public boolean verify(String key, long expires, String signature, Instant now) {
        return signer.verify(key, expires, signature, now);
    }

    @Override
    public String toString() {
        return "SignedLinks[******]";
    }
}
