-- Every state-changing operator request, as recorded at the web edge. Rows are only ever inserted:
-- nothing in the code updates or deletes them, and a trigger installed at start-up refuses both.
CREATE TABLE admin.audit_entry (
    id              UUID PRIMARY KEY,
    occurred_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    operator_id     UUID,
    operator_name   VARCHAR(64),
    permissions     VARCHAR(128) NOT NULL,
    http_method     VARCHAR(8) NOT NULL,
    route           VARCHAR(300) NOT NULL,
    action          VARCHAR(200) NOT NULL,
    object_ids      VARCHAR(1000) NOT NULL,
    status          INTEGER NOT NULL,
    client_address  VARCHAR(64) NOT NULL,
    request_body    TEXT,
    response_body   TEXT
);
CREATE INDEX audit_entry_time_idx ON admin.audit_entry (occurred_at);
CREATE INDEX audit_entry_operator_idx ON admin.audit_entry (operator_id, occurred_at);
CREATE INDEX audit_entry_action_idx ON admin.audit_entry (action, occurred_at);
