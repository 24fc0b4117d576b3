package org.shangmen.worker.application.port.in;

import java.util.Optional;

/** Hands out a stored document to whoever holds a valid, unexpired signed link to it. */
public interface ServeDocument {

    Optional<StoredFile> read(String key, long expiresEpochSecond, String signature);

    record StoredFile(byte[] content, String contentType) {
    }
}
