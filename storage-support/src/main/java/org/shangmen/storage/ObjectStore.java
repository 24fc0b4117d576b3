package org.shangmen.storage;

import java.time.Duration;
import java.util.Optional;

/**
 * Where uploaded files are kept: bytes under a key made by the platform (never by a client), read back whole, or
 * through a short-lived link that its holder loads without a token (HTTP Range included). A store that cannot be
 * reached or refuses throws {@link ObjectStoreUnavailable}; a key of the wrong shape is an
 * {@link IllegalArgumentException} (see {@link ObjectKeys}).
 */
public interface ObjectStore {

    void put(String key, byte[] content, String contentType);

    /** The object's bytes, or empty when there is none under the key. */
    Optional<byte[]> get(String key);

    /** Removes the object; removing one that is not there is no error. */
    void delete(String key);

    /** A link that lets its holder read the object (HTTP Range included) until it expires. */
    String signedLink(String key, Duration validFor);

    /**
     * This store seen under a key prefix (e.g. {@code order-media/}, empty for none), each failure becoming a
     * {@link org.shangmen.kernel.DomainException} of kind UNAVAILABLE with {@code failureCode}, the calling
     * module's own message code ({@code booking.storage-unavailable}).
     */
    default ObjectStore under(String prefix, String failureCode) {
        return new PrefixedObjectStore(this, prefix, failureCode);
    }
}
