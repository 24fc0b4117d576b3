package org.shangmen.worker.adapter.out.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.shangmen.storage.LocalDiskObjectStore;
import org.shangmen.storage.ObjectStore;
import org.shangmen.storage.StorageProperties;
import org.shangmen.worker.application.port.out.DocumentStorage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Keeps documents as files under {@code shangmen.storage.local.root} in the shared {@link LocalDiskObjectStore}
 * (atomic writes, keys kept strictly inside the folder), one file per document key ({@link DocumentKeys}: no dots,
 * so no extension). The content type is not kept: documents are sanitized images, recognisable by their first
 * bytes. Links point at {@code /api/v1/files/{key}} on the platform itself, signed by {@link SignedLinks}. The
 * default store.
 */
@Component
@ConditionalOnProperty(prefix = "shangmen.storage", name = "provider", havingValue = StorageProperties.LOCAL,
        matchIfMissing = true)
class LocalDiskDocumentStorage implements DocumentStorage {

    static final String FILES_PATH = "/api/v1/files/";

    private final ObjectStore store;

    @Autowired
    LocalDiskDocumentStorage(StorageProperties properties, SignedLinks links, ObjectProvider<Clock> clocks) {
        this(properties, links, clocks.getIfAvailable(Clock::systemUTC));
    }

    LocalDiskDocumentStorage(StorageProperties properties, SignedLinks links, Clock clock) {
        this.store = new LocalDiskObjectStore(Path.of(properties.local().root()), properties.publicBaseUrl() + FILES_PATH,
                links.signer(), clock).under("", S3DocumentStorage.FAILURE);
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        store.put(DocumentKeys.checked(key), content, contentType);
    }

    @Override
    public Optional<byte[]> get(String key) {
        return store.get(DocumentKeys.checked(key));
    }

    @Override
    public void delete(String key) {
        store.delete(DocumentKeys.checked(key));
    }

    @Override
    public String signedLink(String key, Duration validFor) {
        return store.signedLink(DocumentKeys.checked(key), validFor);
    }
}
