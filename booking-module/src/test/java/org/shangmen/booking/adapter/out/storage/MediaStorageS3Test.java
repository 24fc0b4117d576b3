package org.shangmen.booking.adapter.out.storage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shangmen.booking.application.port.out.MediaStorage;
import org.shangmen.storage.ObjectStores;
import org.shangmen.storage.S3ObjectStore;
import org.shangmen.storage.StorageProperties;

class MediaStorageS3Test {

    private WireMockServer wiremock;
    private S3ObjectStore s3;

    @TempDir
    Path folder;

    @BeforeEach
    void start() {
        wiremock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wiremock.start();
        s3 = new S3ObjectStore(new StorageProperties("s3", null, null, null, new StorageProperties.S3(
                "http://127.0.0.1:" + wiremock.port(), "cn-shenzhen", "shangmen", "test-access-key", "test-secret-key", true),
                Duration.ofSeconds(5), Duration.ofSeconds(20)), Duration.ofMillis(5));
    }

    @AfterEach
    void stop() {
        s3.close();
        wiremock.stop();
    }

    @Test
    @DisplayName("W3.1 with shangmen.storage.provider=s3 visit media go to the shared bucket under order-media/, nothing to local disk")
    void visitMediaInTheBucket() throws Exception {
        wiremock.stubFor(put(urlPathEqualTo("/shangmen/order-media/records/o1/r1.jpg")).willReturn(aResponse().withStatus(200)));
        wiremock.stubFor(get(urlPathEqualTo("/shangmen/order-media/records/o1/r1.jpg"))
                .willReturn(aResponse().withStatus(200).withBody(new byte[] {9, 8, 7})));
        ObjectStores stores = new ObjectStores(new StorageProperties("s3", null, null, null, null, null, null), s3);

        MediaStorage media = new MediaStorageConfiguration().mediaStorage(stores, folder.toString());
        media.put("records/o1/r1.jpg", new byte[] {9, 8, 7}, "image/jpeg");

        assertThat(wiremock.findAll(putRequestedFor(urlPathEqualTo("/shangmen/order-media/records/o1/r1.jpg"))))
                .singleElement().satisfies(r -> assertThat(r.getHeader("Content-Type")).isEqualTo("image/jpeg"));
        assertThat(media.get("records/o1/r1.jpg")).hasValueSatisfying(b -> assertThat(b).containsExactly(9, 8, 7));
        try (var files = java.nio.file.Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    @DisplayName("W3.1 by default visit media stay in shangmen.booking.media-root on this server")
    void localByDefault() {
        ObjectStores stores = new ObjectStores(new StorageProperties(null, null, null, null, null, null, null), null);

        MediaStorage media = new MediaStorageConfiguration().mediaStorage(stores, folder.toString());
        media.put("reviews/o1/p1.png", new byte[] {1}, "image/png");

        assertThat(folder.resolve("reviews/o1/p1.png")).hasBinaryContent(new byte[] {1});
        assertThat(wiremock.getAllServeEvents()).isEmpty();
    }
}
