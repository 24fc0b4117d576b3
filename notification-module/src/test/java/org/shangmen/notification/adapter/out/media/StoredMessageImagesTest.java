package org.shangmen.notification.adapter.out.media;

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
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shangmen.storage.ObjectStores;
import org.shangmen.storage.S3ObjectStore;
import org.shangmen.storage.StorageProperties;

class StoredMessageImagesTest {

    private WireMockServer wiremock;
    private S3ObjectStore s3;
    private Jdbi jdbi;

    @TempDir
    Path folder;

    @BeforeEach
    void start() {
        wiremock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wiremock.start();
        s3 = new S3ObjectStore(new StorageProperties("s3", null, null, null, new StorageProperties.S3(
                "http://127.0.0.1:" + wiremock.port(), "cn-shenzhen", "shangmen", "test-access-key", "test-secret-key", true),
                Duration.ofSeconds(5), Duration.ofSeconds(20)), Duration.ofMillis(5));
        jdbi = Jdbi.create("jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
        jdbi.useHandle(h -> h.execute("CREATE SCHEMA notification; CREATE TABLE notification.message_image (message_id UUID NOT NULL "
                + "PRIMARY KEY, image_key VARCHAR(200) NOT NULL, content_type VARCHAR(40) NOT NULL)"));
    }

    @AfterEach
    void stop() {
        s3.close();
        wiremock.stop();
    }

    @Test
    @DisplayName("W3.2 with shangmen.storage.provider=s3 a message picture goes to the shared bucket under message-media/ and is read back from there")
    void pictureInTheBucket() {
        UUID message = UUID.randomUUID();
        String path = "/shangmen/message-media/" + message + ".png";
        wiremock.stubFor(put(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)));
        wiremock.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withBody(new byte[] {4, 2})));
        StoredMessageImages images = new StoredMessageImages(jdbi, folder.toString(),
                new ObjectStores(new StorageProperties("s3", null, null, null, null, null, null), s3));

        images.put(message, new byte[] {4, 2}, "image/png");

        assertThat(wiremock.findAll(putRequestedFor(urlPathEqualTo(path)))).singleElement()
                .satisfies(r -> assertThat(r.getHeader("Content-Type")).isEqualTo("image/png"));
        assertThat(images.get(message)).hasValueSatisfying(image -> {
            assertThat(image.contentType()).isEqualTo("image/png");
            assertThat(image.content()).containsExactly(4, 2);
        });
        assertThat(images.withImages(List.of(message, UUID.randomUUID()))).containsExactly(message);
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    @DisplayName("W3.2 by default a message picture stays in shangmen.notification.media-root on this server")
    void pictureOnLocalDisk() {
        UUID message = UUID.randomUUID();
        StoredMessageImages images = new StoredMessageImages(jdbi, folder.toString(),
                new ObjectStores(new StorageProperties(null, null, null, null, null, null, null), null));

        images.put(message, new byte[] {7}, "image/jpeg");

        assertThat(folder.resolve(message + ".jpg")).hasBinaryContent(new byte[] {7});
        assertThat(images.get(message)).hasValueSatisfying(image -> assertThat(image.content()).containsExactly(7));
        assertThat(wiremock.getAllServeEvents()).isEmpty();
    }
}
