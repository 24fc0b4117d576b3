package org.shangmen.app.cluster;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.net.URI;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.shangmen.ShangmenApplication;
import org.shangmen.booking.application.port.out.MediaStorage;
import org.shangmen.storage.ObjectStores;
import org.shangmen.storage.S3ObjectStore;
import org.shangmen.training.application.port.out.VideoStorage;
import org.shangmen.worker.application.port.out.DocumentStorage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The platform started with {@code shangmen.storage.provider=s3} against WireMock playing the object store: one
 * S3 client for every kind of file, each kind under its own prefix of the one bucket.
 */
@SpringBootTest(classes = ShangmenApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ObjectStoreStartTest {

    static final WireMockServer STORE = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());

    static {
        STORE.start();
        STORE.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)));
    }

    @DynamicPropertySource
    static void objectStore(DynamicPropertyRegistry registry) {
        registry.add("shangmen.storage.provider", () -> "s3");
        registry.add("shangmen.storage.s3.endpoint", STORE::baseUrl);
        registry.add("shangmen.storage.s3.bucket", () -> "shangmen");
        registry.add("shangmen.storage.s3.access-key", () -> "test-access-key");
        registry.add("shangmen.storage.s3.secret-key", () -> "test-secret-key");
    }

    @AfterAll
    static void stop() {
        STORE.stop();
    }

    @Autowired
    ObjectStores stores;
    @Autowired
    S3ObjectStore s3;
    @Autowired
    DocumentStorage documents;
    @Autowired
    MediaStorage media;
    @Autowired
    VideoStorage videos;

    @Test
    @DisplayName("W1.2 W3.1 W4.1 with provider=s3 the platform starts on one bucket: documents under workers/, visit media under order-media/, lesson videos under training/ with a presigned link")
    void everyKindInTheOneBucket() {
        assertThat(stores.usesS3()).isTrue();
        String video = "training/videos/" + UUID.randomUUID() + "-" + UUID.randomUUID() + ".mp4";

        documents.put("workers/1/photo", new byte[] {1}, "image/jpeg");
        media.put("records/o1/r1.jpg", new byte[] {2}, "image/jpeg");
        videos.store(video, new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'});

        assertThat(STORE.findAll(putRequestedFor(urlPathEqualTo("/shangmen/workers/1/photo")))).hasSize(1);
        assertThat(STORE.findAll(putRequestedFor(urlPathEqualTo("/shangmen/order-media/records/o1/r1.jpg")))).hasSize(1);
        assertThat(STORE.findAll(putRequestedFor(urlPathEqualTo("/shangmen/" + video)))).hasSize(1);
        URI link = URI.create(videos.signedLink(video, Duration.ofMinutes(30)));
        assertThat(link.getPort()).isEqualTo(STORE.port());
        assertThat(link.getRawQuery()).contains("X-Amz-Signature=");
    }
}
