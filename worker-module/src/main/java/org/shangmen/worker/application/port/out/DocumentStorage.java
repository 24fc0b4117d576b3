package org.shangmen.worker.application.port.out;

import java.time.Duration;
import java.util.Optional;

/**
 * Object storage for workers' documents (photos, certificate scans): local disk by default, an
 * S3-compatible service in production. Keys are made by the platform, never by clients, and objects
 * are never served from a public path: readers get a short-lived signed link after an authorisation
 * check. Failures are a {@link org.shangmen.kernel.DomainException} of kind UNAVAILABLE
 * ({@code worker.storage-unavailable}).
 */
public interface DocumentStorage {

    void put(String key, byte[] content, String contentType);

    Optional<byte[]> get(String key);

    void delete(String key);

    /** A link that lets its holder read the object until it expires. */
    String signedLink(String key, Duration validFor);
}
