-- Jobs overlapping a slot search's window are found by their end, so past jobs are never read; the index
-- by start read every job that started before the window's end, the whole history.
CREATE INDEX worker_job_end_idx ON booking.worker_job (ends_at, starts_at, worker_id);
DROP INDEX IF EXISTS booking.worker_job_time_idx;

-- The customer's previous worker: the latest of the customer's orders by visit time, read from the top.
CREATE INDEX customer_order_previous_idx ON booking.customer_order (customer_id, starts_at DESC);
