-- Pages of a week's statements (by worker) and of the open payment anomalies (newest first) read an index
-- rather than the whole table.
CREATE INDEX statement_week_idx ON billing.statement (week_start, worker_id);
CREATE INDEX payment_anomaly_open_idx ON billing.payment_anomaly (resolved_at, created_at);
