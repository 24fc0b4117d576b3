package org.shangmen.admin.api;

import java.time.Instant;
import java.util.List;

/**
 * What operators can see and do about the running platform as a whole: its backups and its health. The
 * application provides it, since it alone holds the data source and every module's folders.
 */
public interface PlatformOperations {

    /**
     * Takes a backup set now (the embedded database and the upload folders in one archive); refused with
     * {@code ops.backup-external} on a database whose backups are taken by its own tools.
     */
    BackupSet backUpNow();

    /** The backup sets kept, newest first. */
    List<BackupSet> backupSets();

    /** Records a backup taken outside the platform (pg_dump, pgBackRest, a snapshot) that succeeded. */
    ExternalBackup recordExternalBackup(Instant takenAt, String label);

    /** The health figures at this moment. */
    Health health();

    /** One backup archive: its file name, size in bytes and when it was taken. */
    record BackupSet(String name, long sizeBytes, Instant takenAt) {
    }

    /** A backup taken outside the platform, as its job reported it. */
    record ExternalBackup(String label, Instant takenAt, Instant reportedAt) {
    }

    /** The platform's health: every figure the operators' view and the metrics show. */
    record Health(Instant checkedAt, Database database, List<Folder> folders, EventPublications eventPublications,
                  List<Job> jobs, List<Circuit> circuits, Backups backups) {
    }

    /** The database: whether it answers and how long a trivial query took. */
    record Database(String product, boolean up, long latencyMillis) {
    }

    /** A data or upload folder and the space of the disk it lives on. */
    record Folder(String name, String path, long usableBytes, long totalBytes) {
    }

    /** Events whose listeners have not finished: how many, and the publication time of the oldest. */
    record EventPublications(long outstanding, Instant oldestPublishedAt, Long oldestAgeSeconds) {
    }

    /** A scheduled job: when it last ran, whether that run succeeded, and the error's type when not. */
    record Job(String name, Instant lastRunAt, boolean succeeded, String error, long runs, long failures) {
    }

    /** An outside provider's circuit breaker: CLOSED, OPEN, HALF_OPEN, ... */
    record Circuit(String provider, String state, float failureRatePercent) {
    }

    /** The newest backup the platform took or was told of, and its age. */
    record Backups(String mode, Instant lastSucceededAt, String lastLabel, Long ageSeconds) {
    }
}
