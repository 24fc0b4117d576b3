package org.shangmen.booking.adapter.out.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.shangmen.booking.application.port.out.MediaStorage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Visit and review media on local disk under {@code shangmen.booking.media-root} (default
 * {@code ./data/order-media}). Keys are made by the application (ids), and a key that would leave the
 * root is refused.
 */
@Component
class LocalMediaStorage implements MediaStorage {

    private final Path root;

    LocalMediaStorage(@Value("${shangmen.booking.media-root:./data/order-media}") String root) {
        this.root = Path.of(root).toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        Path file = resolve(key);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        Path file = resolve(key);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String key) {
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root) || !key.matches("[a-z0-9/-]+\\.[a-z0-9]+")) {
            throw new IllegalArgumentException("not a media key");
        }
        return file;
    }
}
