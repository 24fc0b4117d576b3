package org.shangmen.worker.adapter.out.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.shangmen.storage.StorageProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.shangmen.kernel.DomainException;
import org.shangmen.kernel.ErrorKind;

class LocalDiskDocumentStorageTest {

    static final String SECRET = "test-only-link-secret-of-at-least-32-bytes";
    private static final Instant NOW = Instant.parse("2026-11-25T08:00:00Z");
    private static final String KEY = "workers/42/id-front";

    @TempDir
    Path folder;

    @Test
    @DisplayName("W1.2 local disk keeps a document under its key, gives it back, and forgets it once deleted")
    void roundTrip() {
        LocalDiskDocumentStorage storage = storage();
        byte[] content = "JPEG-BYTES-身份证".getBytes(StandardCharsets.UTF_8);

        storage.put(KEY, content, "image/jpeg");

        assertThat(folder.resolve("documents/workers/42/id-front")).hasBinaryContent(content);
        assertThat(storage.get(KEY)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(content));
        assertThat(storage.get("workers/42/id-back")).isEmpty();

        storage.delete(KEY);
        storage.delete(KEY);

        assertThat(storage.get(KEY)).isEmpty();
        assertThat(folder.resolve("documents/workers/42/id-front")).doesNotExist();
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"../outside", "workers/../../outside", "/etc/passwd", "workers//42", "workers/42/",
            "Workers/42", "workers/42/photo.jpg", "workers\\42", "", " ", "workers/42/%2e%2e"})
    @DisplayName("W1.2 local disk refuses keys that could leave its folder or are not of the key shape, for every operation")
    void pathTraversalRefused(String key) throws IOException {
        LocalDiskDocumentStorage storage = storage();
        byte[] content = {1, 2, 3};

        assertThatThrownBy(() -> storage.put(key, content, "image/jpeg")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.get(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.delete(key)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.signedLink(key, Duration.ofMinutes(5))).isInstanceOf(IllegalArgumentException.class);
        try (Stream<Path> written = Files.walk(folder)) {
            assertThat(written.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    @DisplayName("W1.2 local disk refuses a null key and a key over 200 characters, and takes one of exactly 200")
    void keyLength() {
        LocalDiskDocumentStorage storage = storage();

        assertThatThrownBy(() -> storage.get(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.get("a".repeat(201))).isInstanceOf(IllegalArgumentException.class);
        storage.put("a".repeat(200), new byte[] {7}, "image/png");
        assertThat(storage.get("a".repeat(200))).isPresent();
    }

    @Test
    @DisplayName("W1.2 overwriting a document replaces it whole and leaves no temporary file behind")
    void overwriteLeavesNoTemporaryFiles() throws IOException {
        LocalDiskDocumentStorage storage = storage();

        storage.put(KEY, "first version".getBytes(StandardCharsets.UTF_8), "image/jpeg");
        storage.put(KEY, "second".getBytes(StandardCharsets.UTF_8), "image/jpeg");

        assertThat(storage.get(KEY)).hasValueSatisfying(bytes -> assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("second"));
        try (Stream<Path> files = Files.list(folder.resolve("documents/workers/42"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("id-front");
        }
    }

    @Test
    @DisplayName("W1.2 readers racing an overwrite see the old document or the new one, never a mix or a torn file")
    void overwriteIsAtomic() throws Exception {
        LocalDiskDocumentStorage storage = storage();
        byte[] a = new byte[256 * 1024];
        byte[] b = new byte[256 * 1024];
        Arrays.fill(a, (byte) 'a');
        Arrays.fill(b, (byte) 'b');
        storage.put(KEY, a, "image/jpeg");

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = pool.submit(() -> {
                for (int i = 0; i < 60; i++) {
                    storage.put(KEY, i % 2 == 0 ? b : a, "image/jpeg");
                }
            });
            Future<Integer> reader = pool.submit(() -> {
                int reads = 0;
                while (!writer.isDone() || reads == 0) {
                    byte[] seen = storage.get(KEY).orElseThrow();
                    assertThat(Arrays.equals(seen, a) || Arrays.equals(seen, b)).as("whole document").isTrue();
                    reads++;
                }
                return reads;
            });
            writer.get(30, TimeUnit.SECONDS);
            assertThat(reader.get(30, TimeUnit.SECONDS)).isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("W1.2 a write that cannot land is UNAVAILABLE worker.storage-unavailable, keeps nothing half-written")
    void failedWriteIsUnavailable() throws IOException {
        LocalDiskDocumentStorage storage = storage();
        storage.put("workers/42/id-front", new byte[] {1}, "image/jpeg");

        DomainException refusal = catchThrowableOfType(DomainException.class,
                () -> storage.put("workers/42", new byte[] {2}, "image/jpeg"));

        assertThat(refusal.kind()).isEqualTo(ErrorKind.UNAVAILABLE);
        assertThat(refusal.code()).isEqualTo("worker.storage-unavailable");
        try (Stream<Path> files = Files.walk(folder)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactly("id-front");
        }
    }

    @Test
    @DisplayName("W1.2 a signed link points at /api/v1/files/{key} and verifies until it expires, not after or when tampered")
    void signedLinkVerifies() {
        LocalDiskDocumentStorage storage = storage();
        SignedLinks links = new SignedLinks(SECRET);

        String link = storage.signedLink(KEY, Duration.ofMinutes(10));

        URI uri = URI.create(link);
        assertThat(link).startsWith("https://shangmen.example.cn/api/v1/files/workers/42/id-front?expires=");
        Map<String, String> query = query(uri.getRawQuery());
        assertThat(query).containsOnlyKeys("expires", "signature");
        long expires = Long.parseLong(query.get("expires"));
        String signature = query.get("signature");
        assertThat(expires).isEqualTo(NOW.plus(Duration.ofMinutes(10)).getEpochSecond());
        assertThat(signature).matches("[A-Za-z0-9_-]{43}");

        assertThat(links.verify(KEY, expires, signature, NOW)).isTrue();
        assertThat(links.verify(KEY, expires, signature, Instant.ofEpochSecond(expires))).isTrue();
        assertThat(links.verify(KEY, expires, signature, Instant.ofEpochSecond(expires + 1))).as("expired").isFalse();
        assertThat(links.verify("workers/42/id-back", expires, signature, NOW)).as("other key").isFalse();
        assertThat(links.verify(KEY, expires + 3600, signature, NOW)).as("stretched expiry").isFalse();
        char flipped = signature.charAt(5) == 'A' ? 'B' : 'A';
        String tampered = signature.substring(0, 5) + flipped + signature.substring(6);
        assertThat(links.verify(KEY, expires, tampered, NOW)).as("tampered signature").isFalse();
        assertThat(new SignedLinks(SECRET + "-other").verify(KEY, expires, signature, NOW)).as("other secret").isFalse();
    }

    @Test
    @DisplayName("W1.2 a link must be valid for some time")
    void linkValidityMustBePositive() {
        LocalDiskDocumentStorage storage = storage();

        assertThatThrownBy(() -> storage.signedLink(KEY, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> storage.signedLink(KEY, Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    private LocalDiskDocumentStorage storage() {
        StorageProperties properties = new StorageProperties("local", "https://shangmen.example.cn/", SECRET,
                new StorageProperties.Local(folder.resolve("documents").toString()), null, null, null);
        return new LocalDiskDocumentStorage(properties, new SignedLinks(SECRET), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        for (String pair : List.of(raw.split("&"))) {
            int eq = pair.indexOf('=');
            query.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return query;
    }
}
