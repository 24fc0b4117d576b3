package org.shangmen.worker.application.port.out;

import java.time.Instant;

/**
 * Checks the signature of a document link the platform itself handed out (local storage only; an
 * S3-compatible service checks its own presigned links).
 */
public interface LinkVerifier {

    boolean verify(String key, long expiresEpochSecond, String signature, Instant now);
}
