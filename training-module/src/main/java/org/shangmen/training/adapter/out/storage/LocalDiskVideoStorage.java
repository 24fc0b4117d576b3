package org.shangmen.training.adapter.out.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.shangmen.kernel.SignedLinks;
import org.shangmen.training.application.port.out.VideoStorage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lesson videos and homework photos on local disk under {@code shangmen.training.storage.root} (default {@code ./data/training}),
 * outside every served path, read back through {@link #PATH} with a signed, expiring link.
 */
@Component
class LocalDiskVideoStorage implements VideoStorage {

    /** The route that serves signed video links (with HTTP Range). */
    static final String PATH = "/api/v1/public/training/media";

    private final Path root;
    private final String secret;
    private final String baseUrl;
    private final Clock clock;

    LocalDiskVideoStorage(@Value("${shangmen.training.storage.root:./data/training}") String root,
                          @Value("${shangmen.storage.link-secret:}") String secret,
                          @Value("${shangmen.storage.public-base-url:}") String baseUrl, Clock clock) {
        this.root = Path.of(root).toAbsolutePath().normalize();
        this.secret = secret;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Override
    public String store(String key, byte[] bytes) {
        Path file = resolve(key).orElseThrow(() -> new IllegalArgumentException("key"));
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "upload", ".part");
            Files.write(tmp, bytes);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String signedLink(String key, Duration validity) {
        return new SignedLinks(secret, baseUrl, PATH, validity, clock).link(key);
    }

    @Override
    public Optional<Path> signedFile(String key, long expires, String signature) {
        if (!new SignedLinks(secret, baseUrl, PATH, Duration.ofMinutes(1), clock).valid(key, expires, signature)) {
            return Optional.empty();
        }
        return resolve(key).filter(Files::isRegularFile);
    }

    /** The stored file of a key, if the key names one inside the root. */
    Optional<Path> resolve(String key) {
        if (key == null || !key.matches("training/(videos/[0-9a-f-]{36}-[0-9a-f-]{36}\\.mp4|homework/[0-9a-f-]{36}-[0-9a-f-]{36}\\.(jpg|png))")) {
            return Optional.empty();
        }
        Path file = root.resolve(key).normalize();
        return file.startsWith(root) ? Optional.of(file) : Optional.empty();
    }
}
