-- A stamp per worker, written with every change to the worker's jobs in the same transaction. An instance
-- keeps the jobs it read for a worker over the coming weeks together with the stamp it read them with, and
-- reads them again only when the stamp differs. Random, not a counter: jobs restored from a backup carry the
-- stamp they had then, which no instance can hold for different jobs.
CREATE TABLE booking.job_stamp
(
    worker_id UUID   NOT NULL PRIMARY KEY,
    stamp     BIGINT NOT NULL
);

INSERT INTO booking.job_stamp (worker_id, stamp)
SELECT worker_id, CAST((RANDOM() - 0.5) * 1.8E19 AS BIGINT) FROM (SELECT DISTINCT worker_id FROM booking.worker_job) w;

-- The jobs of one worker overlapping a range, found by their end: never a past job, however long the history.
CREATE INDEX worker_job_by_worker_end_idx ON booking.worker_job (worker_id, ends_at, starts_at);
DROP INDEX IF EXISTS booking.worker_job_worker_idx;
