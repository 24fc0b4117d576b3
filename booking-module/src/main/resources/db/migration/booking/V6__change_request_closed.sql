-- A worker's time-change request closes by itself when its order is cancelled, completed or given back
-- to dispatch (CLOSED). The status column is rebuilt so that its check names the new value on H2 and
-- PostgreSQL alike (the original check constraint has a generated name on H2).
ALTER TABLE booking.change_request ADD COLUMN state VARCHAR(24);
UPDATE booking.change_request SET state = status;
ALTER TABLE booking.change_request DROP COLUMN status;
ALTER TABLE booking.change_request RENAME COLUMN state TO status;
ALTER TABLE booking.change_request ALTER COLUMN status SET NOT NULL;
ALTER TABLE booking.change_request ADD CONSTRAINT change_request_status_check
    CHECK (status IN ('AWAITING_REVIEW', 'AWAITING_CUSTOMER', 'APPLIED', 'REFUSED', 'EXPIRED', 'CLOSED'));
CREATE INDEX change_request_status_idx ON booking.change_request (status, created_at);
