-- Payments (C4.2): one row per attempt to pay an order through a channel. out_trade_no is the number
-- the provider knows the payment by; a provider's transaction id can belong to one payment only.
CREATE TABLE billing.payment (
    id               UUID                     PRIMARY KEY,
    order_id         UUID                     NOT NULL,
    customer_id      UUID                     NOT NULL,
    channel          VARCHAR(16)              NOT NULL CHECK (channel IN ('WECHAT_PAY', 'ALIPAY', 'CARD')),
    provider         VARCHAR(16)              NOT NULL,
    out_trade_no     VARCHAR(32)              NOT NULL,
    amount_fen       BIGINT                   NOT NULL CHECK (amount_fen > 0),
    refunded_fen     BIGINT                   NOT NULL DEFAULT 0,
    status           VARCHAR(16)              NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED', 'ANOMALY')),
    provider_txn_id  VARCHAR(64),
    client_params    VARCHAR(4000)            NOT NULL,
    idempotency_key  VARCHAR(64)              NOT NULL,
    request_hash     VARCHAR(64)              NOT NULL,
    district_code    VARCHAR(6)               NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at          TIMESTAMP WITH TIME ZONE,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- The database's word that refunds never exceed what was paid, whatever runs at the same time.
    CONSTRAINT payment_refund_ceiling CHECK (refunded_fen >= 0 AND refunded_fen <= amount_fen),
    CONSTRAINT payment_out_trade_no_uq UNIQUE (out_trade_no),
    CONSTRAINT payment_provider_txn_uq UNIQUE (provider, provider_txn_id),
    CONSTRAINT payment_idempotency_uq UNIQUE (customer_id, idempotency_key)
);

CREATE INDEX payment_order_idx ON billing.payment (order_id, created_at);
CREATE INDEX payment_pending_idx ON billing.payment (status, created_at);

-- Refunds: the number is saved before the provider is first called and reused on every retry.
CREATE TABLE billing.refund (
    id             UUID                     PRIMARY KEY,
    payment_id     UUID                     NOT NULL REFERENCES billing.payment (id),
    order_id       UUID                     NOT NULL,
    out_refund_no  VARCHAR(32)              NOT NULL,
    amount_fen     BIGINT                   NOT NULL CHECK (amount_fen > 0),
    status         VARCHAR(16)              NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED')),
    reason         VARCHAR(200)             NOT NULL,
    -- What asked for it: CANCELLATION:<order>, LATE_PAYMENT:<payment>, OPERATOR:<key>; one refund per request.
    request_key    VARCHAR(100)             NOT NULL,
    operator_id    UUID,
    provider_ref   VARCHAR(64),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT refund_out_refund_no_uq UNIQUE (out_refund_no),
    CONSTRAINT refund_request_uq UNIQUE (request_key)
);

CREATE INDEX refund_payment_idx ON billing.refund (payment_id);
CREATE INDEX refund_pending_idx ON billing.refund (status, created_at);

-- Money that arrived but cannot make an order paid (wrong amount): for operators, never a paid order.
CREATE TABLE billing.payment_anomaly (
    id            UUID                     PRIMARY KEY,
    payment_id    UUID                     NOT NULL REFERENCES billing.payment (id),
    kind          VARCHAR(32)              NOT NULL,
    expected_fen  BIGINT                   NOT NULL,
    received_fen  BIGINT                   NOT NULL,
    detail        VARCHAR(300)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT payment_anomaly_uq UNIQUE (payment_id, kind)
);

-- Double-entry ledger, append-only: an entry and its postings (positive = debit, negative = credit),
-- which sum to zero. One entry per business fact (kind + source).
CREATE TABLE billing.ledger_entry (
    id             UUID                     PRIMARY KEY,
    kind           VARCHAR(24)              NOT NULL CHECK (kind IN ('PAYMENT', 'REFUND', 'COMMISSION', 'CANCELLATION_FEE',
                                                                  'PAYOUT', 'ADJUSTMENT', 'PROMOTION')),
    source_id      VARCHAR(100)             NOT NULL,
    order_id       UUID,
    district_code  VARCHAR(6),
    description    VARCHAR(200)             NOT NULL,
    at             TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ledger_entry_source_uq UNIQUE (kind, source_id)
);

CREATE INDEX ledger_entry_at_idx ON billing.ledger_entry (at);

CREATE TABLE billing.ledger_posting (
    entry_id    UUID        NOT NULL REFERENCES billing.ledger_entry (id),
    line        INT         NOT NULL,
    account     VARCHAR(24) NOT NULL CHECK (account IN ('CASH', 'ORDER_ESCROW', 'PLATFORM_REVENUE', 'WORKER_PAYABLE',
                                                        'PROMOTION_COST', 'REFUND_EXPENSE')),
    party_id    UUID,
    amount_fen  BIGINT      NOT NULL CHECK (amount_fen <> 0),
    PRIMARY KEY (entry_id, line)
);

CREATE INDEX ledger_posting_account_idx ON billing.ledger_posting (account, party_id);

-- Commission rules (A3.2): a blank item, tier or region matches every one; the most specific rule in
-- force at completion applies.
CREATE TABLE billing.commission_rule (
    id           UUID                     PRIMARY KEY,
    item_code    VARCHAR(64),
    tier         VARCHAR(16) CHECK (tier IN ('STANDARD', 'GOOD', 'EXCELLENT')),
    region_code  VARCHAR(6),
    rate_bp      INT                      NOT NULL CHECK (rate_bp BETWEEN 0 AND 10000),
    valid_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until  TIMESTAMP WITH TIME ZONE,
    created_by   UUID                     NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (valid_until IS NULL OR valid_until > valid_from)
);

-- A completed order's earnings with the rule in force then.
CREATE TABLE billing.earning (
    order_id       UUID                     PRIMARY KEY,
    worker_id      UUID                     NOT NULL,
    total_fen      BIGINT                   NOT NULL CHECK (total_fen >= 0),
    commission_fen BIGINT                   NOT NULL CHECK (commission_fen >= 0),
    payable_fen    BIGINT                   NOT NULL CHECK (payable_fen >= 0),
    rate_bp        INT                      NOT NULL,
    rule_id        UUID,
    tier           VARCHAR(16)              NOT NULL,
    item_codes     VARCHAR(600)             NOT NULL,
    district_code  VARCHAR(6)               NOT NULL,
    completed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    statement_id   UUID,
    CHECK (commission_fen + payable_fen = total_fen)
);

CREATE INDEX earning_worker_idx ON billing.earning (worker_id, completed_at);
CREATE INDEX earning_open_idx ON billing.earning (statement_id, completed_at);

-- Weekly statements per worker (Monday 00:00 Asia/Shanghai onwards), paid out in batches.
CREATE TABLE billing.statement (
    id              UUID                     PRIMARY KEY,
    worker_id       UUID                     NOT NULL,
    week_start      DATE                     NOT NULL,
    orders          INT                      NOT NULL,
    total_fen       BIGINT                   NOT NULL,
    commission_fen  BIGINT                   NOT NULL,
    adjustments_fen BIGINT                   NOT NULL,
    payable_fen     BIGINT                   NOT NULL,
    status          VARCHAR(16)              NOT NULL CHECK (status IN ('OPEN', 'PAID')),
    batch_id        UUID,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT statement_worker_week_uq UNIQUE (worker_id, week_start)
);

CREATE TABLE billing.payout_batch (
    id           UUID                     PRIMARY KEY,
    week_start   DATE                     NOT NULL,
    statements   INT                      NOT NULL,
    total_fen    BIGINT                   NOT NULL,
    approved_by  UUID                     NOT NULL,
    approved_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT payout_batch_week_uq UNIQUE (week_start)
);
