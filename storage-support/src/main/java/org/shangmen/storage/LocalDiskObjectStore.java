package org.shangmen.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps objects as files under one folder, one file per key, each key resolved strictly inside that folder. A
 * write goes to a temporary file in the target's folder, is flushed to disk and then renamed over the target, so
 * a reader sees the old content or the new, never half of either. Temporary names start with a dot, which no key
 * segment can, so they are never read as objects. The content type is not kept. Links, where the store was given
 * a link address, are {@code <address><key>?expires=<epoch s>&signature=<HMAC>} signed by {@link LinkSigner}; the
 * route at that address checks them with {@link LinkSigner#verify} and serves {@link #file}.
 */
public final class LocalDiskObjectStore implements ObjectStore {

    private static final Logger log = LoggerFactory.getLogger(LocalDiskObjectStore.class);

    private final Path root;
    private final String linkAddress;
    private final LinkSigner signer;
    private final Clock clock;

    /**
     * @param root        the folder of the objects
     * @param linkAddress the public address its signed links start with, ending in a slash
     *                    ({@code https://shangmen.example.cn/api/v1/files/}), or {@code null} for a store without links
     * @param signer      signs the links, {@code null} for a store without links
     */
    public LocalDiskObjectStore(Path root, String linkAddress, LinkSigner signer, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.linkAddress = linkAddress;
        this.signer = signer;
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A store without links: its objects are read back through {@link #get} only. */
    public static LocalDiskObjectStore withoutLinks(Path root) {
        return new LocalDiskObjectStore(root, null, null, Clock.systemUTC());
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        Objects.requireNonNull(content, "content");
        Path target = file(key);
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), ".incoming-", ".part");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            temporary = null;
        } catch (IOException failed) {
            log.warn("Local object storage could not write an object: {}", failed.getClass().getSimpleName());
            throw new ObjectStoreUnavailable("put");
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    log.warn("Local object storage left a temporary file behind");
                }
            }
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        Path file = file(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException deletedMeanwhile) {
            return Optional.empty();
        } catch (IOException failed) {
            log.warn("Local object storage could not read an object: {}", failed.getClass().getSimpleName());
            throw new ObjectStoreUnavailable("get");
        }
    }

    @Override
    public void delete(String key) {
        Path file = file(key);
        if (Files.isDirectory(file)) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException failed) {
            log.warn("Local object storage could not delete an object: {}", failed.getClass().getSimpleName());
            throw new ObjectStoreUnavailable("delete");
        }
    }

    @Override
    public String signedLink(String key, Duration validFor) {
        ObjectKeys.checked(key);
        Objects.requireNonNull(validFor, "validFor");
        if (validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("a link must be valid for some time");
        }
        if (linkAddress == null || signer == null) {
            throw new IllegalStateException("this local store serves its objects without links");
        }
        Instant expires = Instant.ofEpochSecond(clock.instant().plus(validFor).getEpochSecond());
        return linkAddress + key + "?expires=" + expires.getEpochSecond() + "&signature=" + signer.sign(key, expires);
    }

    /** The file of a key (which may not exist), refusing anything that would land outside the root. */
    public Path file(String key) {
        Path file = root.resolve(ObjectKeys.checked(key)).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("an object key must stay inside the storage folder");
        }
        return file;
    }

    @Override
    public String toString() {
        return "LocalDiskObjectStore[" + root + "]";
    }
}
