package org.shangmen.app.ops;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The local folders whose files belong to the platform's data: workers' documents, order media, message
 * images, complaint photos and training videos and homework photos (each module's own setting), and the folder the backup sets are written to.
 */
@Component
class UploadFolders {

    private final Map<String, Path> uploads = new LinkedHashMap<>();
    private final Path backups;

    UploadFolders(Environment environment) {
        uploads.put("documents", path(environment, "shangmen.storage.local.root", "./data/documents"));
        uploads.put("order-media", path(environment, "shangmen.booking.media-root", "./data/order-media"));
        uploads.put("message-media", path(environment, "shangmen.notification.media-root", "./data/message-media"));
        uploads.put("complaint-media", path(environment, "shangmen.complaint.media-root", "./data/complaint-media"));
        uploads.put("training", path(environment, "shangmen.training.storage.root", "./data/training"));
        backups = path(environment, "shangmen.ops.backup.dir", "./data/backups");
    }

    private static Path path(Environment environment, String key, String fallback) {
        return Path.of(environment.getProperty(key, fallback)).toAbsolutePath().normalize();
    }

    /** The upload folders by the name they carry inside a backup set ({@code files/<name>/...}). */
    Map<String, Path> uploads() {
        return Map.copyOf(uploads);
    }

    /** Every folder whose disk space the health view shows: the uploads and the backups. */
    Map<String, Path> watched() {
        Map<String, Path> all = new LinkedHashMap<>(uploads);
        all.put("backups", backups);
        return all;
    }

    Path backups() {
        return backups;
    }
}
