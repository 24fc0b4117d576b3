package org.shangmen.training.application.port.out;

import java.time.Duration;

/** Where lesson videos are kept (local disk by default, S3-compatible in production) and the short-lived links that serve them. */
public interface VideoStorage {

    /** Stores the bytes under a server-made key and answers it. */
    String store(String key, byte[] bytes);

    /** A link valid for {@code validity} that a mini-program {@code <video>} loads and seeks (HTTP Range) without a token. */
    String signedLink(String key, Duration validity);

    /**
     * The stored file behind a signed link of this platform that is still valid; empty otherwise, and always empty
     * where links point at the object store itself.
     */
    java.util.Optional<java.nio.file.Path> signedFile(String key, long expires, String signature);
}
