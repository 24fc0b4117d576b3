-- A worker's recent load (orders accepted or assigned in the last days) is read per dispatch from two
-- index ranges that hold every column it needs: accepted offers by answer time, assigned offers by offer
-- time. Without the second, the read scanned the whole offer table.
CREATE INDEX offer_accepted_load_idx ON dispatch.offer (status, answered_at, worker_id);
CREATE INDEX offer_assigned_load_idx ON dispatch.offer (status, offered_at, worker_id);
DROP INDEX IF EXISTS dispatch.offer_load_idx;
