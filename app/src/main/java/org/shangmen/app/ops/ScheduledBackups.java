package org.shangmen.app.ops;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Takes a backup set of the embedded database on the configured schedule (by default 03:30 city time every day). */
@Component
@ConditionalOnProperty(name = "shangmen.ops.backup.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class ScheduledBackups {

    private final BackupArchive archive;

    ScheduledBackups(BackupArchive archive) {
        this.archive = archive;
    }

    @Scheduled(cron = "${shangmen.ops.backup.cron:0 30 3 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "ops-backup", lockAtMostFor = "PT1H", lockAtLeastFor = "PT1M")
    void backUp() {
        if (archive.embedded()) {
            archive.takeNow();
        }
    }
}
