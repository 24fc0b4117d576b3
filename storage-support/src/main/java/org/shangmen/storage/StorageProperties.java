package org.shangmen.storage;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code shangmen.storage.*}: where every kind of uploaded file is kept ({@code local}: folders on this server,
 * {@code s3}: one bucket of an S3-compatible object store, a key prefix per kind), the public address that signed
 * links start with, the secret that signs local links and the HTTP timeouts towards the object store.
 */
@ConfigurationProperties(prefix = "shangmen.storage")
public record StorageProperties(String provider, String publicBaseUrl, String linkSecret, Local local, S3 s3,
                         Duration connectTimeout, Duration readTimeout) {

    public static final String LOCAL = "local";
    public static final String S3 = "s3";
    public static final String DEFAULT_PUBLIC_BASE_URL = "http://localhost:8080";

    public StorageProperties {
        provider = provider == null || provider.isBlank() ? LOCAL : provider.strip();
        publicBaseUrl = withoutTrailingSlash(publicBaseUrl == null || publicBaseUrl.isBlank()
                ? DEFAULT_PUBLIC_BASE_URL : publicBaseUrl.strip());
        local = local == null ? new Local(null) : local;
        s3 = s3 == null ? new S3(null, null, null, null, null, null) : s3;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
    }

    /** Whether files go to the S3-compatible object store. */
    public boolean usesS3() {
        return S3.equals(provider);
    }

    /** Why the link secret cannot be used, or {@code null} when it can. */
    public String linkSecretProblem() {
        if (linkSecret == null || linkSecret.isBlank()) {
            return "shangmen.storage.link-secret is not set";
        }
        if (linkSecret.getBytes(StandardCharsets.UTF_8).length < LinkSigner.MIN_SECRET_BYTES) {
            return "shangmen.storage.link-secret is shorter than " + LinkSigner.MIN_SECRET_BYTES + " bytes";
        }
        return null;
    }

    @Override
    public String toString() {
        return "StorageProperties[provider=" + provider + ", publicBaseUrl=" + publicBaseUrl + ", linkSecret="
                + (linkSecret == null || linkSecret.isBlank() ? "" : "******") + ", local=" + local + ", s3=" + s3
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout + "]";
    }

    /** {@code shangmen.storage.local.*}: the folder that holds workers' documents (each other kind has its module's own folder setting). */
    public record Local(String root) {

        public static final String DEFAULT_ROOT = "./data/documents";

        public Local {
            root = root == null || root.isBlank() ? DEFAULT_ROOT : root.strip();
        }
    }

    /**
     * {@code shangmen.storage.s3.*}: the object store's endpoint (e.g. {@code https://minio.example.cn:9000},
     * {@code https://oss-cn-shenzhen.aliyuncs.com}, {@code https://cos.ap-guangzhou.myqcloud.com}), its region,
     * the bucket, the access key and whether buckets go in the path ({@code true}, as MinIO wants) or in the
     * host name ({@code false}, as Aliyun OSS requires).
     */
    public record S3(String endpoint, String region, String bucket, String accessKey, String secretKey, Boolean pathStyle) {

        public S3 {
            endpoint = endpoint == null || endpoint.isBlank() ? null : withoutTrailingSlash(endpoint.strip());
            region = region == null || region.isBlank() ? "us-east-1" : region.strip();
            bucket = bucket == null || bucket.isBlank() ? null : bucket.strip();
            pathStyle = pathStyle == null ? Boolean.TRUE : pathStyle;
        }

        /** The names of the required properties that are not set, empty when the store can be used. */
        public List<String> missing() {
            List<String> missing = new ArrayList<>();
            if (endpoint == null) {
                missing.add("shangmen.storage.s3.endpoint");
            }
            if (bucket == null) {
                missing.add("shangmen.storage.s3.bucket");
            }
            if (accessKey == null || accessKey.isBlank()) {
                missing.add("shangmen.storage.s3.access-key");
            }
            if (secretKey == null || secretKey.isBlank()) {
                missing.add("shangmen.storage.s3.secret-key");
            }
            return missing;
        }

        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", accessKey=" + accessKey
                    + ", secretKey=" + (secretKey == null || secretKey.isBlank() ? "" : "******") + ", pathStyle="
                    + pathStyle + "]";
        }
    }

    private static String withoutTrailingSlash(String url) {
        String trimmed = url;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
