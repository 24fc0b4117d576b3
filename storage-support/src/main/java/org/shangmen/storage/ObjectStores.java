package org.shangmen.storage;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Hands each kind of uploaded file its store, by {@code shangmen.storage.provider}: with {@code s3} the shared
 * bucket under the kind's key prefix, otherwise (the default) the kind's own folder on this server, without links
 * (the module serves those files through its own signed route).
 */
public final class ObjectStores {

    private final StorageProperties properties;
    private final S3ObjectStore s3;

    /** @param s3 the shared bucket, {@code null} unless the provider is {@code s3} */
    public ObjectStores(StorageProperties properties, S3ObjectStore s3) {
        this.properties = Objects.requireNonNull(properties, "properties");
        if (properties.usesS3() && s3 == null) {
            throw new IllegalStateException("shangmen.storage.provider=s3 without an S3 object store");
        }
        this.s3 = s3;
    }

    /**
     * The store of one kind of file.
     *
     * @param s3Prefix    its key prefix in the shared bucket, ending with a slash ({@code message-media/})
     * @param localRoot   its folder when files stay on this server
     * @param failureCode the module's UNAVAILABLE message code ({@code notification.storage-unavailable})
     */
    public ObjectStore forKind(String s3Prefix, Path localRoot, String failureCode) {
        return usesS3() ? s3.under(s3Prefix, failureCode) : LocalDiskObjectStore.withoutLinks(localRoot).under("", failureCode);
    }

    public boolean usesS3() {
        return properties.usesS3();
    }
}
