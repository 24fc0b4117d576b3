-- Orders a worker completed, one row per order: a redelivered completion counts once.
CREATE TABLE worker.completed_order (
    order_id     UUID PRIMARY KEY,
    worker_id    UUID NOT NULL REFERENCES worker.worker (account_id),
    completed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
