package org.shangmen.complaint.adapter.out.persistence;

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
import java.time.Instant;
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

class ComplaintPhotoStorageTest {

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
        jdbi.useHandle(h -> h.execute("CREATE SCHEMA complaint; CREATE TABLE complaint.complaint_photo (id UUID NOT NULL PRIMARY KEY, "
                + "complaint_id UUID NOT NULL, photo_no INT NOT NULL, content_type VARCHAR(20) NOT NULL, file_key VARCHAR(60) NOT NULL, "
                + "created_at TIMESTAMP WITH TIME ZONE NOT NULL, UNIQUE (complaint_id, photo_no))"));
    }

    @AfterEach
    void stop() {
        s3.close();
        wiremock.stop();
    }

    @Test
    @DisplayName("C6.1 with shangmen.storage.provider=s3 a complaint photo goes to the shared bucket under complaint-media/ and is read back from there")
    void photoInTheBucket() {
        UUID photo = UUID.randomUUID();
        UUID complaint = UUID.randomUUID();
        String path = "/shangmen/complaint-media/" + photo + ".jpg";
        wiremock.stubFor(put(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200)));
        wiremock.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(200).withBody(new byte[] {3, 1})));
        JdbiComplaintStore store = new JdbiComplaintStore(jdbi, folder.toString(),
                new ObjectStores(new StorageProperties("s3", null, null, null, null, null, null), s3));

        assertThat(store.addPhoto(photo, complaint, 1, "image/jpeg", new byte[] {3, 1}, Instant.now())).isTrue();

        assertThat(wiremock.findAll(putRequestedFor(urlPathEqualTo(path)))).singleElement()
                .satisfies(r -> assertThat(r.getHeader("Content-Type")).isEqualTo("image/jpeg"));
        assertThat(store.photo(photo)).hasValueSatisfying(p -> {
            assertThat(p.complaintId()).isEqualTo(complaint);
            assertThat(p.content()).containsExactly(3, 1);
        });
        assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    @DisplayName("C6.1 by default a complaint photo stays in shangmen.complaint.media-root on this server")
    void photoOnLocalDisk() {
        UUID photo = UUID.randomUUID();
        JdbiComplaintStore store = new JdbiComplaintStore(jdbi, folder.toString(),
                new ObjectStores(new StorageProperties(null, null, null, null, null, null, null), null));

        store.addPhoto(photo, UUID.randomUUID(), 1, "image/png", new byte[] {5}, Instant.now());

        assertThat(folder.resolve(photo + ".png")).hasBinaryContent(new byte[] {5});
        assertThat(store.photo(photo)).hasValueSatisfying(p -> assertThat(p.content()).containsExactly(5));
        assertThat(wiremock.getAllServeEvents()).isEmpty();
    }
}
