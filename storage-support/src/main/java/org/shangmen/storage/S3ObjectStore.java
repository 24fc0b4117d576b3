package org.shangmen.storage;

import static org.shangmen.provider.ProviderLogs.loggable;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.shangmen.provider.ProviderFailure;
import org.shangmen.provider.ProviderGuard;
import org.shangmen.provider.ProviderGuards;
import org.shangmen.provider.ProviderHttp;
import org.shangmen.provider.ProviderSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Keeps objects in a bucket of any S3-compatible object store (MinIO, Aliyun OSS, Tencent COS, AWS S3)
 * through the AWS SDK, with checksums sent and checked only where the operation requires them and no chunked
 * uploads, which the compatible stores do not all accept. The SDK's own retries are off: server errors (5xx,
 * such as 503 SlowDown), network errors and timeouts are tried at most twice more by the provider's {@link ProviderGuard},
 * whose circuit breaker stops calling a store that keeps failing; every other refusal (403 AccessDenied,
 * NoSuchBucket) is final. All failures are {@link ObjectStoreUnavailable}; logs name the S3 error code and HTTP
 * status only, never a key or a secret. Links are presigned GET URLs (SigV4, at most 7 days), on which the store
 * itself answers HTTP Range requests, so a {@code <video>} can seek. One client serves every kind of file; each
 * module sees it under its own key prefix ({@link ObjectStore#under}).
 */
public final class S3ObjectStore implements ObjectStore, AutoCloseable {

    /** The longest validity SigV4 allows a presigned URL. */
    static final Duration MAX_LINK_VALIDITY = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(S3ObjectStore.class);
    /** The provider's name under {@code shangmen.providers}. */
    public static final String PROVIDER = "s3-storage";

    private final String bucket;
    private final S3Client s3;
    private final S3Presigner presigner;
    private final ProviderGuard guard;

    /** A store with its own guard: two more tries after {@code retryBackoff}, no circuit breaker worth naming. */
    public S3ObjectStore(StorageProperties properties, Duration retryBackoff) {
        this(properties, ProviderGuards.standalone(ProviderSettings.NONE.withFirstRetryWait(retryBackoff)));
    }

    public S3ObjectStore(StorageProperties properties, ProviderGuards guards) {
        StorageProperties.S3 config = properties.s3();
        if (!config.missing().isEmpty()) {
            throw new IllegalStateException("shangmen.storage.provider=s3 needs " + String.join(", ", config.missing())
                    + " (environment variables SHANGMEN_STORAGE_S3_ENDPOINT, SHANGMEN_STORAGE_S3_BUCKET, "
                    + "SHANGMEN_STORAGE_S3_ACCESS_KEY, SHANGMEN_STORAGE_S3_SECRET_KEY); "
                    + "or set shangmen.storage.provider=local to keep uploaded files on this server's disk");
        }
        this.bucket = config.bucket();
        URI endpoint = URI.create(config.endpoint());
        Region region = Region.of(config.region());
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(
                AwsBasicCredentials.create(config.accessKey(), config.secretKey()));
        S3Configuration s3Configuration = S3Configuration.builder()
                .pathStyleAccessEnabled(config.pathStyle())
                .chunkedEncodingEnabled(false)
                .build();
        this.s3 = S3Client.builder()
                .endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(s3Configuration)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClient(UrlConnectionHttpClient.builder()
                        .connectionTimeout(properties.connectTimeout())
                        .socketTimeout(properties.readTimeout())
                        .build())
                .overrideConfiguration(o -> o
                        .retryStrategy(AwsRetryStrategy.doNotRetry())
                        .apiCallAttemptTimeout(properties.connectTimeout().plus(properties.readTimeout())))
                .build();
        this.presigner = S3Presigner.builder()
                .endpointOverride(endpoint)
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(s3Configuration)
                .build();
        this.guard = guards.guard(PROVIDER, S3ObjectStore.class);
    }

    @Override
    public void put(String key, byte[] content, String contentType) {
        ObjectKeys.checked(key);
        Objects.requireNonNull(content, "content");
        guarded("put", () -> s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType)
                .contentLength((long) content.length), RequestBody.fromBytes(content)));
    }

    @Override
    public Optional<byte[]> get(String key) {
        ObjectKeys.checked(key);
        return guarded("get", () -> {
            try {
                return Optional.of(s3.getObjectAsBytes(r -> r.bucket(bucket).key(key)).asByteArray());
            } catch (NoSuchKeyException missing) {
                return Optional.empty();
            }
        });
    }

    @Override
    public void delete(String key) {
        ObjectKeys.checked(key);
        guarded("delete", () -> {
            try {
                return s3.deleteObject(r -> r.bucket(bucket).key(key));
            } catch (NoSuchKeyException alreadyGone) {
                return null;
            }
        });
    }

    @Override
    public String signedLink(String key, Duration validFor) {
        ObjectKeys.checked(key);
        Objects.requireNonNull(validFor, "validFor");
        if (validFor.isNegative() || validFor.isZero() || validFor.compareTo(MAX_LINK_VALIDITY) > 0) {
            throw new IllegalArgumentException("a presigned link is valid for more than 0 s and at most 7 days");
        }
        try {
            return presigner.presignGetObject(r -> r.signatureDuration(validFor)
                    .getObjectRequest(g -> g.bucket(bucket).key(key))).url().toString();
        } catch (SdkException failed) {
            log.warn("S3 storage could not presign a link: {}", failed.getClass().getSimpleName());
            throw new ObjectStoreUnavailable("link");
        }
    }

    @Override
    public void close() {
        s3.close();
        presigner.close();
    }

    private <T> T guarded(String operation, Supplier<T> call) {
        Supplier<T> attempt = () -> {
            try {
                return call.get();
            } catch (S3Exception refused) {
                int status = refused.statusCode();
                String code = refused.awsErrorDetails() == null ? null : refused.awsErrorDetails().errorCode();
                if (ProviderHttp.isServerError(status)) {
                    throw ProviderFailure.retryable("HTTP " + status + " " + loggable(code));
                }
                log.warn("S3 storage refused {}: HTTP {}, code {}", operation, status, loggable(code));
                throw new ObjectStoreUnavailable(operation);
            } catch (SdkClientException network) {
                throw ProviderFailure.ofNetwork(network);
            }
        };
        try {
            return guard.call(attempt, () -> new ObjectStoreUnavailable(operation));
        } catch (SdkException other) {
            log.warn("S3 storage failed {}: {}", operation, other.getClass().getSimpleName());
            throw new ObjectStoreUnavailable(operation);
        }
    }

    @Override
    public String toString() {
        return "S3ObjectStore[" + bucket + "]";
    }
}
