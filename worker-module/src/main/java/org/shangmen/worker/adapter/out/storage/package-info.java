/**
 * {@link org.shangmen.worker.application.port.out.DocumentStorage} adapters, chosen by
 * {@code shangmen.storage.provider}: a folder on local disk served through signed links (default), or the
 * shared S3-compatible object store (MinIO, Aliyun OSS, Tencent COS) with presigned links; both delegate to the
 * shared storage library ({@code org.shangmen.storage}).
 */
package org.shangmen.worker.adapter.out.storage;
