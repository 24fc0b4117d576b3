-- Unread notices of a recipient (the badge count, "mark all read") without reading the whole inbox.
CREATE INDEX notice_unread_idx ON notification.notice (recipient_id, read_at);
