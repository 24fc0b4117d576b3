package org.shangmen.app.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.shangmen.admin.api.PlatformOperations.BackupSet;
import org.shangmen.kernel.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Backup sets of the embedded (H2 file) database: H2's online {@code BACKUP TO} archive of the database and
 * the upload folders, together in one zip ({@code database.zip} and {@code files/<folder>/...}) named after
 * the moment it was taken, of which the newest {@code shangmen.ops.backup.keep} are kept.
 */
@Component
class BackupArchive {

    static final String PREFIX = "shangmen-backup-";
    private static final Logger LOG = LoggerFactory.getLogger(BackupArchive.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final JdbcTemplate jdbc;
    private final UploadFolders folders;
    private final Clock clock;
    private final int keep;
    private final boolean embedded;

    BackupArchive(JdbcTemplate jdbc, UploadFolders folders, Clock clock, @Value("${shangmen.ops.backup.keep:7}") int keep,
                  @Value("${spring.datasource.url:}") String databaseUrl) {
        this.jdbc = jdbc;
        this.folders = folders;
        this.clock = clock;
        this.keep = Math.max(1, keep);
        this.embedded = databaseUrl.startsWith("jdbc:h2:file:") || databaseUrl.startsWith("jdbc:h2:./")
                || databaseUrl.startsWith("jdbc:h2:~");
    }

    /** Whether the platform backs its database up itself (an H2 file) rather than leaving it to the database's tools. */
    boolean embedded() {
        return embedded;
    }

    /** Takes a backup set now and drops the oldest beyond the ones kept. */
    synchronized BackupSet takeNow() {
        if (!embedded) {
            throw DomainException.conflict("ops.backup-external");
        }
        Instant now = clock.instant();
        String name = PREFIX + STAMP.format(now) + ".zip";
        Path dir = folders.backups();
        Path database = dir.resolve(name + ".database.tmp");
        Path part = dir.resolve(name + ".part");
        try {
            Files.createDirectories(dir);
            jdbc.execute("BACKUP TO '" + database.toString().replace("'", "''") + "'");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
                zip.putNextEntry(new ZipEntry("database.zip"));
                Files.copy(database, zip);
                zip.closeEntry();
                for (Map.Entry<String, Path> folder : folders.uploads().entrySet()) {
                    addFolder(zip, folder.getKey(), folder.getValue());
                }
            }
            Files.move(part, dir.resolve(name), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("backup set " + name + " could not be written", e);
        } finally {
            deleteQuietly(database);
            deleteQuietly(part);
        }
        prune();
        BackupSet taken = sets().getFirst();
        LOG.info("Backup set {} taken ({} bytes)", taken.name(), taken.sizeBytes());
        return taken;
    }

    private static void addFolder(ZipOutputStream zip, String name, Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            zip.putNextEntry(new ZipEntry("files/" + name + "/" + relative));
            Files.copy(file, zip);
            zip.closeEntry();
        }
    }

    /** The backup sets kept, newest first. */
    List<BackupSet> sets() {
        Path dir = folders.backups();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<BackupSet> sets = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            for (Path file : list.filter(f -> f.getFileName().toString().startsWith(PREFIX) && f.toString().endsWith(".zip")).toList()) {
                sets.add(new BackupSet(file.getFileName().toString(), Files.size(file), Files.getLastModifiedTime(file).toInstant()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("backup folder " + dir + " could not be read", e);
        }
        sets.sort(Comparator.comparing(BackupSet::name).reversed());
        return sets;
    }

    private void prune() {
        List<BackupSet> sets = sets();
        for (BackupSet old : sets.subList(Math.min(keep, sets.size()), sets.size())) {
            deleteQuietly(folders.backups().resolve(old.name()));
            LOG.info("Backup set {} dropped (keeping the newest {})", old.name(), keep);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Could not delete {}: {}", file, e.toString());
        }
    }
}
