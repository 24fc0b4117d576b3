-- Prepaid packages for recurring plans (周期服务套餐): N visits of a series bought at once at a discount,
-- paid like an order, kept as the customer's prepayment (PREPAID_PACKAGE) and consumed visit by visit.

-- The offers operators set: a package of `visits` visits at `discount_bp` off (1000 bp = 10 %).
CREATE TABLE billing.package_offer (
    visits       INT                      PRIMARY KEY CHECK (visits BETWEEN 2 AND 52),
    discount_bp  INT                      NOT NULL CHECK (discount_bp BETWEEN 0 AND 5000),
    active       BOOLEAN                  NOT NULL,
    updated_by   UUID,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

INSERT INTO billing.package_offer (visits, discount_bp, active, updated_at) VALUES
    (4, 500, TRUE, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08:00'),
    (8, 800, TRUE, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08:00'),
    (10, 1000, TRUE, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+08:00');

-- A bought package. price_fen = visit_price_fen * visits less the discount (rounded down to the fen);
-- consumed_fen is what the visits paid from it hold now, refunded_fen what went back to the customer.
CREATE TABLE billing.prepaid_package (
    id               UUID                     PRIMARY KEY,
    customer_id      UUID                     NOT NULL,
    series_id        UUID                     NOT NULL,
    visits           INT                      NOT NULL CHECK (visits BETWEEN 2 AND 52),
    visit_price_fen  BIGINT                   NOT NULL CHECK (visit_price_fen > 0),
    discount_bp      INT                      NOT NULL CHECK (discount_bp BETWEEN 0 AND 5000),
    price_fen        BIGINT                   NOT NULL CHECK (price_fen > 0),
    used             INT                      NOT NULL DEFAULT 0,
    consumed_fen     BIGINT                   NOT NULL DEFAULT 0,
    refunded_fen     BIGINT                   NOT NULL DEFAULT 0,
    status           VARCHAR(16)              NOT NULL CHECK (status IN ('AWAITING_PAYMENT', 'ACTIVE', 'ENDED', 'CANCELLED')),
    payment_id       UUID,
    district_code    VARCHAR(6)               NOT NULL,
    description      VARCHAR(120)             NOT NULL,
    idempotency_key  VARCHAR(64)              NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    paid_at          TIMESTAMP WITH TIME ZONE,
    ended_at         TIMESTAMP WITH TIME ZONE,
    CONSTRAINT prepaid_package_used CHECK (used >= 0 AND used <= visits),
    CONSTRAINT prepaid_package_money CHECK (consumed_fen >= 0 AND refunded_fen >= 0 AND consumed_fen + refunded_fen <= price_fen),
    CONSTRAINT prepaid_package_idempotency_uq UNIQUE (customer_id, idempotency_key)
);

CREATE INDEX prepaid_package_customer_idx ON billing.prepaid_package (customer_id, created_at);
CREATE INDEX prepaid_package_series_idx ON billing.prepaid_package (series_id, status);

-- One row per visit order paid from a package: the unique order id makes a consumption happen once,
-- however often the event comes and however many instances handle it at the same time.
CREATE TABLE billing.package_visit (
    order_id     UUID                     PRIMARY KEY,
    package_id   UUID                     NOT NULL REFERENCES billing.prepaid_package (id),
    share_fen    BIGINT                   NOT NULL CHECK (share_fen > 0),
    order_fen    BIGINT                   NOT NULL CHECK (order_fen > 0),
    status       VARCHAR(10)              NOT NULL CHECK (status IN ('CONSUMED', 'RETURNED')),
    consumed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    returned_at  TIMESTAMP WITH TIME ZONE
);

CREATE INDEX package_visit_package_idx ON billing.package_visit (package_id, consumed_at);

-- The ledger learns the package's kinds and account. The checked columns are rebuilt so that their
-- checks carry names on H2 and PostgreSQL alike (the original checks have generated names on H2).
ALTER TABLE billing.ledger_entry DROP CONSTRAINT ledger_entry_source_uq;
ALTER TABLE billing.ledger_entry ADD COLUMN entry_kind VARCHAR(24);
UPDATE billing.ledger_entry SET entry_kind = kind;
ALTER TABLE billing.ledger_entry DROP COLUMN kind;
ALTER TABLE billing.ledger_entry RENAME COLUMN entry_kind TO kind;
ALTER TABLE billing.ledger_entry ALTER COLUMN kind SET NOT NULL;
ALTER TABLE billing.ledger_entry ADD CONSTRAINT ledger_entry_kind_check
    CHECK (kind IN ('PAYMENT', 'REFUND', 'COMMISSION', 'CANCELLATION_FEE', 'PAYOUT', 'ADJUSTMENT', 'PROMOTION',
                    'PACKAGE_PURCHASE', 'PACKAGE_VISIT', 'PACKAGE_RETURN', 'PACKAGE_REFUND'));
ALTER TABLE billing.ledger_entry ADD CONSTRAINT ledger_entry_source_uq UNIQUE (kind, source_id);

DROP INDEX billing.ledger_posting_account_idx;
ALTER TABLE billing.ledger_posting ADD COLUMN posting_account VARCHAR(24);
UPDATE billing.ledger_posting SET posting_account = account;
ALTER TABLE billing.ledger_posting DROP COLUMN account;
ALTER TABLE billing.ledger_posting RENAME COLUMN posting_account TO account;
ALTER TABLE billing.ledger_posting ALTER COLUMN account SET NOT NULL;
ALTER TABLE billing.ledger_posting ADD CONSTRAINT ledger_posting_account_check
    CHECK (account IN ('CASH', 'ORDER_ESCROW', 'PLATFORM_REVENUE', 'WORKER_PAYABLE', 'PROMOTION_COST', 'REFUND_EXPENSE',
                       'PREPAID_PACKAGE'));
CREATE INDEX ledger_posting_account_idx ON billing.ledger_posting (account, party_id);
