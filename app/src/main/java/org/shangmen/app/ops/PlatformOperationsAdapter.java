package org.shangmen.app.ops;

import java.time.Instant;
import java.util.List;
import org.shangmen.admin.api.PlatformOperations;
import org.springframework.stereotype.Component;

/** The platform's backups and health, for the operators' screens. */
@Component
class PlatformOperationsAdapter implements PlatformOperations {

    private final BackupArchive archive;
    private final ExternalBackupLog external;
    private final HealthFigures figures;
    private final ScheduledJobRecorder jobs;

    PlatformOperationsAdapter(BackupArchive archive, ExternalBackupLog external, HealthFigures figures, ScheduledJobRecorder jobs) {
        this.archive = archive;
        this.external = external;
        this.figures = figures;
        this.jobs = jobs;
    }

    @Override
    public BackupSet backUpNow() {
        return archive.takeNow();
    }

    @Override
    public List<BackupSet> backupSets() {
        return archive.sets();
    }

    @Override
    public ExternalBackup recordExternalBackup(Instant takenAt, String label) {
        return external.record(takenAt, label);
    }

    @Override
    public Health health() {
        return new Health(figures.now(), figures.database(), figures.folders(), figures.eventPublications(), jobs.jobs(),
                figures.circuits(), figures.backups());
    }
}
