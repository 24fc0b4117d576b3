package org.shangmen.app.ops;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shangmen.admin.api.PlatformOperations.ExternalBackup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The backups taken outside the platform (pg_dump, pgBackRest, snapshots), as their jobs report them. */
@Component
class ExternalBackupLog {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ExternalBackupLog(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    ExternalBackup record(Instant takenAt, String label) {
        Instant now = clock.instant();
        jdbc.update("INSERT INTO ops_backup_report (id, label, taken_at, reported_at) VALUES (?, ?, ?, ?)",
                UUID.randomUUID(), label, at(takenAt), at(now));
        return new ExternalBackup(label, takenAt, now);
    }

    /** The newest reported backup, by the time it was taken. */
    Optional<ExternalBackup> latest() {
        List<ExternalBackup> rows = jdbc.query(
                "SELECT label, taken_at, reported_at FROM ops_backup_report ORDER BY taken_at DESC LIMIT 1",
                (rs, n) -> new ExternalBackup(rs.getString(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class).toInstant()));
        return rows.stream().findFirst();
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
