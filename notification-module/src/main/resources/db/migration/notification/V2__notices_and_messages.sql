-- Notices of the message centre (C5.1, C5.2): one per recipient and reported fact (dedupe_key).
CREATE TABLE notification.notice
(
    id                UUID                     NOT NULL PRIMARY KEY,
    recipient_id      UUID                     NOT NULL,
    dedupe_key        VARCHAR(200)             NOT NULL,
    template          VARCHAR(40)              NOT NULL,
    parameters        VARCHAR(4000)            NOT NULL,
    title             VARCHAR(200)             NOT NULL,
    body              VARCHAR(2000)            NOT NULL,
    title_en          VARCHAR(200)             NOT NULL,
    body_en           VARCHAR(2000)            NOT NULL,
    subject_type      VARCHAR(20),
    subject_id        VARCHAR(64),
    action_kind       VARCHAR(40),
    action_state      VARCHAR(10) CHECK (action_state IN ('PENDING', 'DONE', 'EXPIRED')),
    action_expires_at TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at           TIMESTAMP WITH TIME ZONE,
    CONSTRAINT notice_fact_once UNIQUE (recipient_id, dedupe_key)
);
CREATE INDEX notice_inbox_idx ON notification.notice (recipient_id, created_at);
CREATE INDEX notice_subject_idx ON notification.notice (recipient_id, subject_type, subject_id);

-- Each account's muted optional channels.
CREATE TABLE notification.notice_settings
(
    account_id   UUID                     NOT NULL PRIMARY KEY,
    wechat_muted BOOLEAN                  NOT NULL,
    sms_muted    BOOLEAN                  NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Private messages per order thread (W3.2), stored with contact details already masked.
CREATE TABLE notification.private_message
(
    id           UUID                     NOT NULL PRIMARY KEY,
    order_id     UUID                     NOT NULL,
    sender_id    UUID                     NOT NULL,
    recipient_id UUID                     NOT NULL,
    body         VARCHAR(2000)            NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    read_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX private_message_thread_idx ON notification.private_message (order_id, sent_at);

-- Operators' reads of private threads while handling a complaint.
CREATE TABLE notification.thread_access
(
    id          UUID                     NOT NULL PRIMARY KEY,
    operator_id UUID                     NOT NULL,
    order_id    UUID                     NOT NULL,
    complaint_id UUID                    NOT NULL,
    accessed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX thread_access_order_idx ON notification.thread_access (order_id, accessed_at);
