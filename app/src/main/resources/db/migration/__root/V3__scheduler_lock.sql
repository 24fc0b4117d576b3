-- ShedLock's lock table: one row per scheduled job, held by the instance running its current tick, so that
-- each job runs once per tick across all instances and is taken over when the holder's lock runs out.
CREATE TABLE IF NOT EXISTS shedlock
(
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
