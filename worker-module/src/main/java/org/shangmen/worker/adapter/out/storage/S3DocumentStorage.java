package org.shangmen.worker.adapter.out.storage;

import java.time.Duration;
import java.util.Optional;
import org.shangmen.storage.ObjectStore;
import org.shangmen.storage.S3ObjectStore;
import org.shangmen.storage.StorageProperties;
import org.shangmen.worker.application.port.out.DocumentStorage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Keeps documents in the shared S3-compatible object store, under their own keys ({@code workers/<account>/...},
 * as before the store was shared), with presigned links. Failures are UNAVAILABLE {@value #FAILURE}.
 */
@Component
@ConditionalOnProperty(prefix = "shangmen.storage", name = "provider", havingValue = StorageProperties.S3)
class S3DocumentStorage implements DocumentStorage {

    /** The key prefix of workers' documents in the bucket: none, their keys start with {@code workers/}. */
    static final String PREFIX = "";
    static final String FAILURE = "worker.storage-unavailable";

    private final ObjectStore store;

    S3DocumentStorage(S3ObjectStore store) {
        this.store = store.under(PREFIX, FAILURE);
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
