package org.shangmen.storage;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;

/** A store seen under a key prefix, its failures turned into the calling module's UNAVAILABLE refusal. */
final class PrefixedObjectStore implements ObjectStore {

    private final ObjectStore store;
    private final String prefix;
    private final String failureCode;

    PrefixedObjectStore(ObjectStore store, String prefix, String failureCode) {
        this.store = Objects.requireNonNull(store, "store");
        this.prefix = ObjectKeys.checkedPrefix(prefix);
        this.failureCode = Objects.requireNonNull(failureCode, "failureCode");
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        String full = full(key);
        translated(() -> {
            store.put(full, content, contentType);
            return null;
        });
    }

    @Override
    public Optional<byte[]> get(String key) {
        String full = full(key);
        return translated(() -> store.get(full));
    }

    @Override
    public void delete(String key) {
        String full = full(key);
        translated(() -> {
            store.delete(full);
            return null;
        });
    }

    @Override
    public String signedLink(String key, Duration validFor) {
        String full = full(key);
        return translated(() -> store.signedLink(full, validFor));
    }

    @Override
    public ObjectStore under(String more, String code) {
        return new PrefixedObjectStore(store, prefix + ObjectKeys.checkedPrefix(more), code);
    }

    private String full(String key) {
        return prefix + ObjectKeys.checked(key);
    }

    private <T> T translated(Supplier<T> call) {
        try {
            return call.get();
        } catch (ObjectStoreUnavailable unavailable) {
            throw new DomainException(ErrorKind.UNAVAILABLE, failureCode);
        }
    }

    @Override
    public String toString() {
        return "PrefixedObjectStore[" + prefix + " in " + store + "]";
    }
}
