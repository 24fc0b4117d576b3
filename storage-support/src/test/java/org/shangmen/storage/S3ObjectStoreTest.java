package org.shangmen.storage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;

class S3ObjectStoreTest {

    private static final String ACCESS_KEY = "test-access-key";
    private static final String SECRET_KEY = "test-secret-key-do-not-log";
    private static final String KEY = "workers/42/id-front";
    private static final String OBJECT_PATH = "/documents/workers/42/id-front";
    private static final byte[] CONTENT = "JPEG-BYTES-0123456789".getBytes(StandardCharsets.UTF_8);

    private static WireMockServer wiremock;

    @BeforeAll
    static void startWireMock() {
        wiremock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wiremock.start();
    }

    @AfterAll
    static void stopWireMock() {
        wiremock.stop();
    }

    @BeforeEach
    void reset() {
        wiremock.resetAll();
    }

    @Test
    @DisplayName("W1.2 shared S3 store: put sends the bytes and content type to bucket/key, SigV4-signed, without chunked encoding or checksums")
    void putSendsObject() {
        wiremock.stubFor(put(urlPathEqualTo(OBJECT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("ETag", "\"9b2cf535f27731c974343645a3985328\"")));

        try (S3ObjectStore storage = storage(Duration.ofSeconds(2))) {
            storage.put(KEY, CONTENT, "image/jpeg");
        }

        List<LoggedRequest> requests = wiremock.findAll(putRequestedFor(urlPathEqualTo(OBJECT_PATH)));
        assertThat(requests).hasSize(1);
        LoggedRequest request = requests.getFirst();
        assertThat(request.getBody()).isEqualTo(CONTENT);
        assertThat(request.getHeader("Content-Type")).isEqualTo("image/jpeg");
        assertThat(request.getHeader("Authorization"))
                .startsWith("AWS4-HMAC-SHA256 Credential=" + ACCESS_KEY + "/")
                .contains("/cn-shenzhen/s3/aws4_request")
                .contains("Signature=");
        assertThat(request.getHeader("x-amz-content-sha256")).isNotBlank();
        assertThat(request.containsHeader("Content-Encoding")
                && request.getHeader("Content-Encoding").contains("aws-chunked")).isFalse();
        assertThat(request.getAllHeaderKeys()).noneMatch(name -> name.toLowerCase().startsWith("x-amz-checksum"));
    }

    @Test
    @DisplayName("W1.2 shared S3 store: get returns the object's bytes")
    void getReturnsObject() {
        wiremock.stubFor(get(urlPathEqualTo(OBJECT_PATH)).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "image/jpeg").withBody(CONTENT)));

        try (S3ObjectStore storage = storage(Duration.ofSeconds(2))) {
            assertThat(storage.get(KEY)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(CONTENT));
        }
    }

    @Test
    @DisplayName("W1.2 shared S3 store: answering 404 with the NoSuchKey error document gives an empty result, asked once")
    void missingObjectIsEmpty() {
        wiremock.stubFor(get(urlPathEqualTo(OBJECT_PATH)).willReturn(s3Error(404, "NoSuchKey",
                "The specified key does not exist.")));

        try (S3ObjectStore storage = storage(Duration.ofSeconds(2))) {
            assertThat(storage.get(KEY)).isEmpty();
        }
        assertThat(wiremock.findAll(getRequestedFor(urlPathEqualTo(OBJECT_PATH)))).hasSize(1);
    }

    @Test
    @DisplayName("W1.2 shared S3 store: answering 503 SlowDown every time is tried three times in all, then UNAVAILABLE, logged without secrets")
    void slowDownRetriedThenUnavailable() {
        wiremock.stubFor(put(urlPathEqualTo(OBJECT_PATH)).willReturn(s3Error(503, "SlowDown",
                "Please reduce your request rate.")));

        try (S3ObjectStore storage = storage(Duration.ofSeconds(2));
             CapturedLogs logs = CapturedLogs.of("org.shangmen.storage")) {
            assertUnavailable(() -> storage.put(KEY, CONTENT, "image/jpeg"));
            assertThat(logs.text()).contains("503").contains("SlowDown").doesNotContain(SECRET_KEY);
        }
        assertThat(wiremock.findAll(putRequestedFor(urlPathEqualTo(OBJECT_PATH)))).hasSize(3);
    }

    @Test
    @DisplayName("W1.2 shared S3 store: refusing with 403 AccessDenied is UNAVAILABLE at once, not tried again")
    void accessDeniedNotRetried() {
        wiremock.stubFor(get(urlPathEqualTo(OBJECT_PATH)).willReturn(s3Error(403, "AccessDenied", "Access Denied")));

        try (S3ObjectStore storage = storage(Duration.ofSeconds(2));
             CapturedLogs logs = CapturedLogs.of("org.shangmen.storage")) {
            assertUnavailable(() -> storage.get(KEY));
            assertThat(logs.text()).contains("AccessDenied").contains("403");
        }
        assertThat(wiremock.findAll(getRequestedFor(urlPathEqualTo(OBJECT_PATH)))).hasSize(1);
    }

    @Test
    @DisplayName("W1.2 shared S3 store: an answer slower than the read timeout is UNAVAILABLE after three attempts")
    void timeoutIsUnavailable() {
        wiremock.stubFor(get(urlPathEqualTo(OBJECT_PATH)).willReturn(aResponse().withStatus(200).withBody(CONTENT)
                .withFixedDelay(2_000)));

        try (S3ObjectStore storage = storage(Duration.ofMillis(300))) {
            assertUnavailable(() -> storage.get(KEY));
        }
        assertThat(wiremock.findAll(getRequestedFor(urlPathEqualTo(OBJECT_PATH)))).hasSize(3);
    }

    @Test
    @DisplayName("W1.2 shared S3 store: delete sends DELETE for bucket/key")
    void deleteSendsDelete() {
        wiremock.stubFor(delete(urlPathEqualTo(OBJECT_PATH)).willReturn(aResponse().withStatus(204)));

        try (S3ObjectStore storage = storage(Duration.ofSeconds(2))) {
            storage.delete(KEY);
        }
        assertThat(wiremock.findAll(deleteRequestedFor(urlPathEqualTo(OBJECT_PATH)))).hasSize(1);
    }

    @Test
    @DisplayName("W1.2 shared S3 store: a link is a presigned GET URL for bucket/key with X-Amz-Signature and the asked validity, made offline")
    void presignedLink() {
        try (S3ObjectStore storage = storage(Duration.ofSeconds(2))) {
            String link = storage.signedLink(KEY, Duration.ofMinutes(10));

            URI uri = URI.create(link);
            assertThat(uri.getHost()).isEqualTo("127.0.0.1");
            assertThat(uri.getPort()).isEqualTo(wiremock.port());
            assertThat(uri.getPath()).isEqualTo(OBJECT_PATH);
            assertThat(uri.getRawQuery()).contains("X-Amz-Algorithm=AWS4-HMAC-SHA256")
                    .contains("X-Amz-Credential=" + ACCESS_KEY + "%2F")
                    .contains("X-Amz-Expires=600")
                    .containsPattern("X-Amz-Signature=[0-9a-f]{64}")
                    .doesNotContain(SECRET_KEY);
            assertThatThrownBy(() -> storage.signedLink(KEY, Duration.ofDays(8))).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> storage.signedLink("../" + KEY, Duration.ofMinutes(1)))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(wiremock.findAll(anyRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    @DisplayName("W1.2 shared S3 store: choosing S3 without endpoint, bucket or keys fails at start-up naming them, never the secret")
    void failsFastWhenIncomplete() {
        StorageProperties incomplete = new StorageProperties("s3", null, null, null,
                new StorageProperties.S3(null, null, "documents", null, SECRET_KEY, null), null, null);

        assertThatThrownBy(() -> new S3ObjectStore(incomplete, Duration.ofMillis(5)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("shangmen.storage.s3.endpoint")
                .hasMessageContaining("shangmen.storage.s3.access-key")
                .hasMessageNotContaining("shangmen.storage.s3.bucket")
                .hasMessageNotContaining(SECRET_KEY);
        assertThat(incomplete.s3().region()).isEqualTo("us-east-1");
        assertThat(incomplete.s3().pathStyle()).isTrue();
        assertThat(incomplete.toString()).doesNotContain(SECRET_KEY);
    }

    @Test
    @DisplayName("W1.2 W3.1 W4.1 a module's view puts its files under its own prefix, and a failing store is that module's UNAVAILABLE refusal")
    void prefixedView() {
        wiremock.stubFor(put(urlPathEqualTo("/documents/order-media/visits/1.jpg")).willReturn(aResponse().withStatus(200)));
        wiremock.stubFor(get(urlPathEqualTo("/documents/order-media/visits/2.jpg")).willReturn(s3Error(403, "AccessDenied", "Access Denied")));

        try (S3ObjectStore storage = storage(Duration.ofSeconds(20))) {
            ObjectStore media = storage.under("order-media/", "booking.storage-unavailable");
            media.put("visits/1.jpg", CONTENT, "image/jpeg");
            assertThat(URI.create(media.signedLink("visits/1.jpg", Duration.ofMinutes(5))).getPath())
                    .isEqualTo("/documents/order-media/visits/1.jpg");

            DomainException refusal = catchThrowableOfType(DomainException.class, () -> media.get("visits/2.jpg"));
            assertThat(refusal.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
            assertThat(refusal.code()).isEqualTo("booking.storage-unavailable");
            assertThatThrownBy(() -> media.get("../visits/1.jpg")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> storage.under("../", "x")).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(wiremock.findAll(putRequestedFor(urlPathEqualTo("/documents/order-media/visits/1.jpg")))).hasSize(1);
    }

    @Test
    @DisplayName("W4.1 a presigned link is a plain GET that the store answers with 206 for a Range, so a video can seek")
    void presignedLinkTakesRange() throws Exception {
        wiremock.stubFor(get(urlPathEqualTo("/documents/training/videos/v.mp4"))
                .withHeader("Range", com.github.tomakehurst.wiremock.client.WireMock.equalTo("bytes=0-3"))
                .willReturn(aResponse().withStatus(206).withHeader("Content-Range", "bytes 0-3/21").withBody("JPEG")));

        try (S3ObjectStore storage = storage(Duration.ofSeconds(20))) {
            String link = storage.signedLink("training/videos/v.mp4", Duration.ofMinutes(30));
            java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(URI.create(link)).header("Range", "bytes=0-3").GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(206);
            assertThat(answer.body()).isEqualTo("JPEG");
        }
    }

    private static S3ObjectStore storage(Duration readTimeout) {
        StorageProperties properties = new StorageProperties("s3", null, null, null,
                new StorageProperties.S3("http://127.0.0.1:" + wiremock.port(), "cn-shenzhen", "documents", ACCESS_KEY,
                        SECRET_KEY, true),
                Duration.ofSeconds(1), readTimeout);
        return new S3ObjectStore(properties, Duration.ofMillis(5));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder s3Error(int status, String code,
                                                                                          String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/xml")
                .withHeader("x-amz-request-id", "4442587FB7D0A2F9")
                .withBody("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>" + message
                        + "</Message><Key>workers/42/id-front</Key><BucketName>documents</BucketName>"
                        + "<Resource>" + OBJECT_PATH + "</Resource><RequestId>4442587FB7D0A2F9</RequestId>"
                        + "<HostId>dGVzdC1ob3N0LWlk</HostId></Error>");
    }

    private static void assertUnavailable(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        ObjectStoreUnavailable refusal = catchThrowableOfType(ObjectStoreUnavailable.class, call);
        assertThat(refusal).as("refused").isNotNull();
        assertThat(refusal.getMessage()).doesNotContain(KEY).doesNotContain(SECRET_KEY);
    }
}
