-- Every quote made (the order funnel's first step), kept so that a reader of booking's api can rebuild its
-- view of the funnel. The customer is empty for a visitor who was not signed in; item codes are comma-separated.
CREATE TABLE booking.quote_log (
    id            UUID PRIMARY KEY,
    customer_id   UUID,
    district_code VARCHAR(6)               NOT NULL,
    item_codes    VARCHAR(1000)            NOT NULL,
    total_fen     BIGINT                   NOT NULL,
    discount_fen  BIGINT                   NOT NULL,
    quoted_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX quote_log_quoted_at ON booking.quote_log (quoted_at, id);
