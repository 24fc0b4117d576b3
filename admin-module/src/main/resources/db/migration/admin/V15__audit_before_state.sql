-- The state before the change, where the use case reports it (rules, settings, penalties).
ALTER TABLE admin.audit_entry ADD COLUMN before_state TEXT;
