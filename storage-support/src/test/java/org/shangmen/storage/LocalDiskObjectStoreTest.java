package org.shangmen.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;

class LocalDiskObjectStoreTest {

    private static final String SECRET = "test-only-link-secret-of-at-least-32-bytes";
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");

    @TempDir
    Path folder;

    private LocalDiskObjectStore store() {
        return new LocalDiskObjectStore(folder.resolve("files"), "https://shangmen.example.cn/api/v1/files/",
                new LinkSigner(SECRET), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    @DisplayName("W1.2 W3.1 the local store keeps an object with an extension under its key, gives it back, and forgets it once deleted")
    void roundTrip() {
        LocalDiskObjectStore store = store();
        byte[] content = "MP4-BYTES".getBytes(StandardCharsets.UTF_8);

        store.put("training/videos/a-b.mp4", content, "video/mp4");

        assertThat(folder.resolve("files/training/videos/a-b.mp4")).hasBinaryContent(content);
        assertThat(store.file("training/videos/a-b.mp4")).isRegularFile();
        assertThat(store.get("training/videos/a-b.mp4")).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(content));
        store.delete("training/videos/a-b.mp4");
        store.delete("training/videos/a-b.mp4");
        assertThat(store.get("training/videos/a-b.mp4")).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"../outside", "a/../../outside", "/etc/passwd", "a//b", "a/", ".hidden", "a/.incoming-1.part",
            "A/b", "a/b.tar.gz", "a\\b", "", " "})
    @DisplayName("W1.2 the local store refuses keys that could leave its folder or name a temporary file, writing nothing")
    void badKeysRefused(String key) throws Exception {
        LocalDiskObjectStore store = store();
        assertThatThrownBy(() -> store.put(key, new byte[] {1}, "image/jpeg")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.get(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.signedLink(key, Duration.ofMinutes(1))).isInstanceOf(IllegalArgumentException.class);
        try (Stream<Path> written = Files.walk(folder)) {
            assertThat(written.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    @DisplayName("W4.1 a local link carries the key, its expiry and an HMAC that verifies until it expires, under the given address")
    void signedLink() {
        String link = store().signedLink("training/videos/a-b.mp4", Duration.ofMinutes(30));

        assertThat(link).startsWith("https://shangmen.example.cn/api/v1/files/training/videos/a-b.mp4?expires=");
        String[] query = URI.create(link).getRawQuery().split("&");
        long expires = Long.parseLong(query[0].substring("expires=".length()));
        String signature = query[1].substring("signature=".length());
        assertThat(expires).isEqualTo(NOW.plus(Duration.ofMinutes(30)).getEpochSecond());
        LinkSigner signer = new LinkSigner(SECRET);
        assertThat(signer.verify("training/videos/a-b.mp4", expires, signature, NOW)).isTrue();
        assertThat(signer.verify("training/videos/a-b.mp4", expires, signature, Instant.ofEpochSecond(expires + 1))).isFalse();
        assertThat(signer.verify("training/videos/other.mp4", expires, signature, NOW)).isFalse();
        assertThatThrownBy(() -> LocalDiskObjectStore.withoutLinks(folder).signedLink("a.mp4", Duration.ofMinutes(1)))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    @DisplayName("W1.2 a write that cannot land is the module's UNAVAILABLE refusal through its view, and leaves nothing half-written")
    void failedWriteUnavailable() throws Exception {
        ObjectStore media = store().under("order-media/", "booking.storage-unavailable");
        media.put("visits/1/a.jpg", new byte[] {1}, "image/jpeg");

        DomainException refusal = catchThrowableOfType(DomainException.class, () -> media.put("visits/1", new byte[] {2}, "image/jpeg"));

        assertThat(refusal.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(refusal.code()).isEqualTo("booking.storage-unavailable");
        assertThat(folder.resolve("files/order-media/visits/1/a.jpg")).exists();
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString())).containsExactly("a.jpg");
        }
    }
}
