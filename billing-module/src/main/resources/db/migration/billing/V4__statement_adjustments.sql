-- Adjustments operators make to an open weekly statement (a bonus, or a deduction such as a fine), each
-- with its reason; a statement never owes the worker less than nothing.
CREATE TABLE billing.statement_adjustment (
    id            UUID                     PRIMARY KEY,
    statement_id  UUID                     NOT NULL REFERENCES billing.statement (id),
    amount_fen    BIGINT                   NOT NULL CHECK (amount_fen <> 0),
    reason        VARCHAR(200)             NOT NULL,
    operator_id   UUID                     NOT NULL,
    request_key   VARCHAR(64)              NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT statement_adjustment_key_uq UNIQUE (statement_id, request_key)
);

ALTER TABLE billing.statement ADD CONSTRAINT statement_payable_not_negative CHECK (payable_fen >= 0);
