-- A stamp per worker, written with every change to the worker's weekly hours, exceptions or bookings, in
-- the same transaction. An instance keeps the free time it computed for a worker together with the stamp
-- it was read with, and reads the calendar again only when the stamp differs. Stamps are random, not
-- counters: a calendar restored from a backup carries the stamp it had then, which no instance can hold
-- for a different calendar.
CREATE TABLE worker.calendar_stamp
(
    worker_id UUID   NOT NULL PRIMARY KEY,
    stamp     BIGINT NOT NULL
);

INSERT INTO worker.calendar_stamp (worker_id, stamp)
SELECT account_id, CAST((RANDOM() - 0.5) * 1.8E19 AS BIGINT) FROM worker.worker;
