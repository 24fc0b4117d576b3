-- Bookings overlapping a range are found by their end: "ends after the range starts" leaves out every
-- past booking, so the free-time read costs the same however long a worker's history. It replaces the
-- index by start, whose "starts before the range ends" read every past booking of the worker.
CREATE INDEX booking_by_worker_end_idx ON worker.booking (worker_id, ends_at, starts_at);
DROP INDEX IF EXISTS worker.booking_by_worker_idx;
