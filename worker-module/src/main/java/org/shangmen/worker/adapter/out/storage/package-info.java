/**
 * {@link org.shangmen.worker.application.port.out.DocumentStorage} adapters, chosen by
 * {@code shangmen.storage.provider}: a folder on local disk served through signed links (default), or any
 * S3-compatible object store (MinIO, Aliyun OSS, Tencent COS) with presigned links.
 */
package org.shangmen.worker.adapter.out.storage;
