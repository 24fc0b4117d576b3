package org.shangmen.training.adapter.out.storage;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shangmen.storage.ObjectStores;
import org.shangmen.storage.S3ObjectStore;
import org.shangmen.storage.StorageProperties;

class StoredVideoStorageTest {

    private static final String SECRET = "test-only-link-secret-of-at-least-32-bytes";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);
    private static final String KEY = "training/videos/" + UUID.randomUUID() + "-" + UUID.randomUUID() + ".mp4";
    private static final byte[] MP4 = {0, 0, 0, 24, 'f', 't', 'y', 'p'};

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
    @DisplayName("W4.1 with shangmen.storage.provider=s3 a lesson video goes to the shared bucket under training/ and its link is a presigned GET the store serves with Range")
    void videoInTheBucket() {
        wiremock.stubFor(put(urlPathEqualTo("/shangmen/" + KEY)).willReturn(aResponse().withStatus(200)));
        StoredVideoStorage videos = new StoredVideoStorage(folder.toString(), SECRET, "https://shangmen.example.cn", CLOCK,
                new ObjectStores(new StorageProperties("s3", null, null, null, null, null, null), s3));

        videos.store(KEY, MP4);

        assertThat(wiremock.findAll(putRequestedFor(urlPathEqualTo("/shangmen/" + KEY)))).singleElement()
                .satisfies(r -> assertThat(r.getHeader("Content-Type")).isEqualTo("video/mp4"));
        URI link = URI.create(videos.signedLink(KEY, Duration.ofMinutes(30)));
        assertThat(link.getPort()).isEqualTo(wiremock.port());
        assertThat(link.getPath()).isEqualTo("/shangmen/" + KEY);
        assertThat(link.getRawQuery()).contains("X-Amz-Expires=1800").contains("X-Amz-Signature=");
        assertThat(videos.signedFile(KEY, CLOCK.instant().getEpochSecond() + 60, "any")).isEmpty();
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    @DisplayName("W4.1 by default a lesson video is a file on this server behind a signed platform link, which opens the file until it expires")
    void videoOnLocalDisk() {
        StoredVideoStorage videos = new StoredVideoStorage(folder.toString(), SECRET, "https://shangmen.example.cn", CLOCK,
                new ObjectStores(new StorageProperties(null, null, null, null, null, null, null), null));

        videos.store(KEY, MP4);

        assertThat(folder.resolve(KEY)).hasBinaryContent(MP4);
        String link = videos.signedLink(KEY, Duration.ofMinutes(30));
        assertThat(link).startsWith("https://shangmen.example.cn" + StoredVideoStorage.PATH + "?key=");
        String query = URI.create(link).getRawQuery();
        long expires = Long.parseLong(query.replaceAll(".*expires=([0-9]+).*", "$1"));
        String signature = query.replaceAll(".*signature=([^&]+).*", "$1");
        assertThat(videos.signedFile(KEY, expires, signature)).hasValue(folder.resolve(KEY).toAbsolutePath().normalize());
        assertThat(videos.signedFile(KEY, expires, signature + "x")).isEmpty();
        assertThat(wiremock.getAllServeEvents()).isEmpty();
    }
}
