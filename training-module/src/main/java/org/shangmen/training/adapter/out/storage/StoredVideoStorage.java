package org.shangmen.training.adapter.out.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.shangmen.kernel.SignedLinks;
import org.shangmen.storage.LocalDiskObjectStore;
import org.shangmen.storage.ObjectStore;
import org.shangmen.storage.ObjectStores;
import org.shangmen.training.application.port.out.VideoStorage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Lesson videos and homework photos, by {@code shangmen.storage.provider}. Locally (the default) they are files under
 * {@code shangmen.training.storage.root} ({@code ./data/training}), outside every served path, read back through
 * {@link #PATH} with a signed, expiring link that answers HTTP Range. With {@code s3} they are in the shared bucket
 * under their own keys ({@code training/videos/...}, {@code training/homework/...}) and a link is a presigned GET,
 * on which the object store answers HTTP Range itself. Failures are UNAVAILABLE {@value #FAILURE}.
 */
@Component
class StoredVideoStorage implements VideoStorage {

    /** The route that serves signed video links of the local store (with HTTP Range). */
    static final String PATH = "/api/v1/public/training/media";
    /** The key prefix in the shared bucket: none, training keys start with {@code training/}. */
    static final String PREFIX = "";
    static final String FAILURE = "training.storage-unavailable";

    private final ObjectStore store;
    private final LocalDiskObjectStore local;
    private final String secret;
    private final String baseUrl;
    private final Clock clock;

    StoredVideoStorage(@Value("${shangmen.training.storage.root:./data/training}") String root,
                       @Value("${shangmen.storage.link-secret:}") String secret,
                       @Value("${shangmen.storage.public-base-url:}") String baseUrl, Clock clock, ObjectStores stores) {
        if (stores.usesS3()) {
            this.local = null;
            this.store = stores.forKind(PREFIX, Path.of(root), FAILURE);
        } else {
            this.local = LocalDiskObjectStore.withoutLinks(Path.of(root));
            this.store = local.under("", FAILURE);
        }
        this.secret = secret;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Override
    public String store(String key, byte[] bytes) {
        if (!isKey(key)) {
            throw new IllegalArgumentException("key");
        }
        store.put(key, bytes, key.endsWith(".mp4") ? "video/mp4" : key.endsWith(".png") ? "image/png" : "image/jpeg");
        return key;
    }

    @Override
    public String signedLink(String key, Duration validity) {
        if (local == null) {
            return store.signedLink(key, validity);
        }
        return new SignedLinks(secret, baseUrl, PATH, validity, clock).link(key);
    }

    @Override
    public Optional<Path> signedFile(String key, long expires, String signature) {
        if (local == null || !isKey(key)
                || !new SignedLinks(secret, baseUrl, PATH, Duration.ofMinutes(1), clock).valid(key, expires, signature)) {
            return Optional.empty();
        }
        return Optional.of(local.file(key)).filter(Files::isRegularFile);
    }

    private static boolean isKey(String key) {
        return key != null && key.matches("training/(videos/[0-9a-f-]{36}-[0-9a-f-]{36}\\.mp4|homework/[0-9a-f-]{36}-[0-9a-f-]{36}\\.(jpg|png))");
    }
}
