/**
 * The one object store of every kind of uploaded file (workers' documents, visit media, message pictures,
 * complaint photos, training videos): {@link org.shangmen.storage.ObjectStore} is the protocol,
 * {@link org.shangmen.storage.S3ObjectStore} keeps objects in a bucket of any S3-compatible store with presigned
 * links (HTTP Range works on them), {@link org.shangmen.storage.LocalDiskObjectStore} keeps them in a folder of
 * this server with HMAC-signed links ({@link org.shangmen.storage.LinkSigner}). {@code shangmen.storage.provider}
 * chooses ({@link org.shangmen.storage.StorageProperties}); each module keeps its own storage port and hands its
 * adapter a view of the store under its own key prefix ({@link org.shangmen.storage.ObjectStore#under}). A shared
 * library, not an application module: modules name it in their allowed dependencies.
 */
package org.shangmen.storage;
