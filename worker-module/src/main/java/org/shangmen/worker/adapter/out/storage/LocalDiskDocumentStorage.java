package org.shangmen.worker.adapter.out.storage;

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
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;
import org.shangmen.worker.application.port.out.DocumentStorage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Keeps documents as files under {@code shangmen.storage.local.root}, one file per key, each key resolved
 * strictly inside that folder. A write goes to a temporary file in the target's folder, is flushed to disk
 * and then renamed over the target, so a reader sees the old content or the new, never half of either.
 * Temporary names contain a dot, which no key can, so they are never read as documents. The content type is
 * not kept: documents are sanitized images, recognisable by their first bytes. Links point at
 * {@code /api/v1/files/{key}} on the platform itself, signed by {@link SignedLinks}. The default store.
 */
@Component
@ConditionalOnProperty(prefix = "shangmen.storage", name = "provider", havingValue = StorageProperties.LOCAL,
        matchIfMissing = true)
class LocalDiskDocumentStorage implements DocumentStorage {

    static final String FILES_PATH = "/api/v1/files/";
    private static final Logger log = LoggerFactory.getLogger(LocalDiskDocumentStorage.class);

    private final Path root;
    private final String publicBaseUrl;
    private final SignedLinks links;
    private final Clock clock;

    @Autowired
    LocalDiskDocumentStorage(StorageProperties properties, SignedLinks links, ObjectProvider<Clock> clocks) {
        this(properties, links, clocks.getIfAvailable(Clock::systemUTC));
    }

    LocalDiskDocumentStorage(StorageProperties properties, SignedLinks links, Clock clock) {
        this.root = Path.of(properties.local().root()).toAbsolutePath().normalize();
        this.publicBaseUrl = properties.publicBaseUrl();
        this.links = Objects.requireNonNull(links, "links");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        Objects.requireNonNull(content, "content");
        Path target = resolve(key);
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
            log.warn("Local document storage could not write a document: {}", failed.getClass().getSimpleName());
            throw unavailable();
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    log.warn("Local document storage left a temporary file behind");
                }
            }
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        Path file = resolve(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(file));
        } catch (NoSuchFileException deletedMeanwhile) {
            return Optional.empty();
        } catch (IOException failed) {
            log.warn("Local document storage could not read a document: {}", failed.getClass().getSimpleName());
            throw unavailable();
        }
    }

    @Override
    public void delete(String key) {
        Path file = resolve(key);
        if (Files.isDirectory(file)) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException failed) {
            log.warn("Local document storage could not delete a document: {}", failed.getClass().getSimpleName());
            throw unavailable();
        }
    }

    @Override
    public String signedLink(String key, Duration validFor) {
        DocumentKeys.checked(key);
        Objects.requireNonNull(validFor, "validFor");
        if (validFor.isNegative() || validFor.isZero()) {
            throw new IllegalArgumentException("a link must be valid for some time");
        }
        Instant expires = Instant.ofEpochSecond(clock.instant().plus(validFor).getEpochSecond());
        return publicBaseUrl + FILES_PATH + key + "?expires=" + expires.getEpochSecond() + "&signature="
                + links.sign(key, expires);
    }

    /** The file of a key, refusing anything that would land outside the root. */
    Path resolve(String key) {
        Path file = root.resolve(DocumentKeys.checked(key)).normalize();
        if (!file.startsWith(root) || file.equals(root)) {
            throw new IllegalArgumentException("a document key must stay inside the storage folder");
        }
        return file;
    }

    private static DomainException unavailable() {
        return new DomainException(ErrorKind.UNAVAILABLE, "worker.storage-unavailable");
    }
}
