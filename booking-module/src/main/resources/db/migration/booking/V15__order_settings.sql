-- Operators' order-policy settings in versions with an effective time (A1.1): the change and cancellation
-- policy, the payment window, the minimum notice, the travel buffer and the daily cap. Without a stored
-- version the configured values (shangmen.booking.*) apply; orders keep the policy they were placed with.
CREATE TABLE booking.order_settings
(
    id                     UUID                     NOT NULL PRIMARY KEY,
    version                INT                      NOT NULL UNIQUE,
    free_cancel_minutes    INT                      NOT NULL,
    late_fee_bp            INT                      NOT NULL,
    min_late_fee_fen       BIGINT                   NOT NULL,
    worker_change_minutes  INT                      NOT NULL,
    payment_window_minutes INT                      NOT NULL,
    minimum_notice_minutes INT                      NOT NULL,
    asap_notice_minutes    INT                      NOT NULL,
    asap_horizon_minutes   INT                      NOT NULL,
    travel_buffer_minutes  INT                      NOT NULL,
    max_jobs_per_day       INT                      NOT NULL,
    note                   VARCHAR(500)             NOT NULL,
    effective_from         TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by             UUID,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX order_settings_effective_idx ON booking.order_settings (effective_from, version);
