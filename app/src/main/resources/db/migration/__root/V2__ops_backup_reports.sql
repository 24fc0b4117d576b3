-- Backups taken outside the platform (pg_dump, pgBackRest, volume snapshots) that their jobs reported as done,
-- so that the operators' health view can show the age of the newest one.
CREATE TABLE IF NOT EXISTS ops_backup_report
(
    id          UUID                     NOT NULL PRIMARY KEY,
    label       VARCHAR(200)             NOT NULL,
    taken_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reported_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX IF NOT EXISTS ops_backup_report_by_taken_at_idx ON ops_backup_report (taken_at);
