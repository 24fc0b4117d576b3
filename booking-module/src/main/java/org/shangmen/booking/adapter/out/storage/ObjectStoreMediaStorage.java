package org.shangmen.booking.adapter.out.storage;

import java.util.Optional;
import org.shangmen.booking.application.port.out.MediaStorage;
import org.shangmen.storage.ObjectStore;

/**
 * Visit and review media in the shared object store ({@link MediaStorageConfiguration} says which one), under
 * keys made by the application ({@code records/<order>/<id>.jpg}); a key of another shape is refused. Readers
 * get the bytes through the platform's own signed media route.
 */
final class ObjectStoreMediaStorage implements MediaStorage {

    private final ObjectStore store;

    ObjectStoreMediaStorage(ObjectStore store) {
        this.store = store;
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        store.put(key, content, contentType);
    }

    @Override
    public Optional<byte[]> get(String key) {
        return store.get(key);
    }
}
