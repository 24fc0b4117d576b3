package org.shangmen.app.ops;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.shangmen.admin.api.PlatformOperations.BackupSet;
import org.shangmen.admin.api.PlatformOperations.Backups;
import org.shangmen.admin.api.PlatformOperations.Circuit;
import org.shangmen.admin.api.PlatformOperations.Database;
import org.shangmen.admin.api.PlatformOperations.EventPublications;
import org.shangmen.admin.api.PlatformOperations.ExternalBackup;
import org.shangmen.admin.api.PlatformOperations.Folder;
import org.shangmen.provider.ProviderGuards;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each figure of the health view, measured when asked: the view and the Prometheus gauges read the same ones. */
@Component
class HealthFigures {

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final UploadFolders folders;
    private final BackupArchive archive;
    private final ExternalBackupLog external;
    private final ProviderGuards providers;
    private final Clock clock;

    HealthFigures(DataSource dataSource, JdbcTemplate jdbc, UploadFolders folders, BackupArchive archive,
                  ExternalBackupLog external, ProviderGuards providers, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.folders = folders;
        this.archive = archive;
        this.external = external;
        this.providers = providers;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    Database database() {
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            boolean up = connection.isValid(5);
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            return new Database(connection.getMetaData().getDatabaseProductName(), up, millis);
        } catch (SQLException | RuntimeException e) {
            return new Database("unknown", false, Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
    }

    List<Folder> folders() {
        List<Folder> result = new ArrayList<>();
        for (Map.Entry<String, Path> folder : folders.watched().entrySet()) {
            File existing = folder.getValue().toFile();
            while (existing != null && !existing.exists()) {
                existing = existing.getParentFile();
            }
            result.add(new Folder(folder.getKey(), folder.getValue().toString(),
                    existing == null ? 0 : existing.getUsableSpace(), existing == null ? 0 : existing.getTotalSpace()));
        }
        return result;
    }

    EventPublications eventPublications() {
        Map<String, Object> row = jdbc.queryForMap(
                "SELECT COUNT(*) AS outstanding, MIN(publication_date) AS oldest FROM event_publication WHERE completion_date IS NULL");
        long outstanding = ((Number) row.get("outstanding")).longValue();
        Instant oldest = instant(row.get("oldest"));
        return new EventPublications(outstanding, oldest, oldest == null ? null : ageSeconds(oldest));
    }

    List<Circuit> circuits() {
        return providers.circuitStates().stream()
                .map(c -> new Circuit(c.provider(), c.state(), c.failureRatePercent()))
                .toList();
    }

    Backups backups() {
        Optional<BackupSet> set = archive.embedded() ? archive.sets().stream().findFirst() : Optional.empty();
        Optional<ExternalBackup> reported = external.latest();
        String mode = archive.embedded() ? "EMBEDDED" : "EXTERNAL";
        Instant last = null;
        String label = null;
        if (set.isPresent()) {
            last = set.get().takenAt();
            label = set.get().name();
        }
        if (reported.isPresent() && (last == null || reported.get().takenAt().isAfter(last))) {
            last = reported.get().takenAt();
            label = reported.get().label();
        }
        return new Backups(mode, last, label, last == null ? null : ageSeconds(last));
    }

    private long ageSeconds(Instant since) {
        return Math.max(0, Duration.between(since, clock.instant()).toSeconds());
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case null -> null;
            case OffsetDateTime o -> o.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            case Instant i -> i;
            default -> throw new IllegalStateException("unexpected time " + value.getClass());
        };
    }
}
