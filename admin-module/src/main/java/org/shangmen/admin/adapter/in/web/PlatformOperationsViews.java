package org.shangmen.admin.adapter.in.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.mapstruct.Mapper;
import org.shangmen.admin.adapter.in.web.PlatformOperationsController.BackupResponse;
import org.shangmen.admin.adapter.in.web.PlatformOperationsController.ExternalBackupResponse;
import org.shangmen.admin.adapter.in.web.PlatformOperationsController.HealthResponse;
import org.shangmen.admin.api.PlatformOperations.BackupSet;
import org.shangmen.admin.api.PlatformOperations.ExternalBackup;
import org.shangmen.admin.api.PlatformOperations.Health;
import org.shangmen.kernel.Zones;

/** Backups and health figures as the operations screen shows them, times in the city's offset. */
@Mapper
interface PlatformOperationsViews {

    BackupResponse backup(BackupSet set);

    List<BackupResponse> backups(List<BackupSet> sets);

    ExternalBackupResponse external(ExternalBackup backup);

    HealthResponse health(Health health);

    default OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atZone(Zones.CHINA).toOffsetDateTime();
    }
}
