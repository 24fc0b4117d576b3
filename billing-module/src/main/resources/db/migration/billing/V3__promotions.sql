-- Promotions (coupons, first-order discounts, item promotions). spent_fen is what orders reserved or
-- settled; the budget and the coupon quantity are enforced by the database whatever runs at once.
CREATE TABLE billing.promotion (
    id                 UUID                     PRIMARY KEY,
    kind               VARCHAR(16)              NOT NULL CHECK (kind IN ('COUPON', 'FIRST_ORDER', 'ITEM')),
    name               VARCHAR(40)              NOT NULL,
    rule_type          VARCHAR(8)               NOT NULL CHECK (rule_type IN ('FIXED', 'PERCENT')),
    amount_fen         BIGINT                   NOT NULL CHECK (amount_fen >= 0),
    percent_bp         INT                      NOT NULL CHECK (percent_bp >= 0 AND percent_bp < 10000),
    cap_fen            BIGINT                   CHECK (cap_fen > 0),
    threshold_fen      BIGINT                   NOT NULL CHECK (threshold_fen >= 0),
    item_codes         VARCHAR(1000)            NOT NULL,
    region_code        VARCHAR(6),
    starts_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    per_customer_limit INT                      NOT NULL CHECK (per_customer_limit >= 1),
    budget_fen         BIGINT                   CHECK (budget_fen > 0),
    spent_fen          BIGINT                   NOT NULL DEFAULT 0,
    quantity           INT                      CHECK (quantity >= 1),
    issued             INT                      NOT NULL DEFAULT 0,
    coupon_valid_days  INT                      CHECK (coupon_valid_days >= 1),
    status             VARCHAR(8)               NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED')),
    created_by         UUID                     NOT NULL,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT promotion_budget_ceiling CHECK (spent_fen >= 0 AND (budget_fen IS NULL OR spent_fen <= budget_fen)),
    CONSTRAINT promotion_quantity_ceiling CHECK (issued >= 0 AND (quantity IS NULL OR issued <= quantity)),
    CONSTRAINT promotion_validity CHECK (ends_at > starts_at)
);

CREATE INDEX promotion_running_idx ON billing.promotion (status, ends_at);

-- Coupons claimed by customers; claim_number (1..per_customer_limit) makes a customer's claims unique
-- per promotion, so racing claims cannot exceed the limit.
CREATE TABLE billing.coupon (
    id            UUID                     PRIMARY KEY,
    promotion_id  UUID                     NOT NULL REFERENCES billing.promotion (id),
    customer_id   UUID                     NOT NULL,
    claim_number  INT                      NOT NULL,
    status        VARCHAR(10)              NOT NULL CHECK (status IN ('AVAILABLE', 'USED')),
    claimed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until   TIMESTAMP WITH TIME ZONE NOT NULL,
    order_id      UUID,
    used_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT coupon_claim_uq UNIQUE (promotion_id, customer_id, claim_number),
    CONSTRAINT coupon_used_has_order CHECK ((status = 'USED') = (order_id IS NOT NULL))
);

CREATE INDEX coupon_customer_idx ON billing.coupon (customer_id, claimed_at);

-- Each promotion applied to an order. For an automatic promotion, use_number (1..per_customer_limit) is
-- set while the use counts (RESERVED or SETTLED) and cleared on release, so racing orders cannot exceed
-- a customer's limit; a coupon's use is bounded by the coupon itself and has none.
CREATE TABLE billing.redemption (
    id            UUID                     PRIMARY KEY,
    order_id      UUID                     NOT NULL,
    promotion_id  UUID                     NOT NULL REFERENCES billing.promotion (id),
    coupon_id     UUID                     REFERENCES billing.coupon (id),
    customer_id   UUID                     NOT NULL,
    kind          VARCHAR(16)              NOT NULL,
    label         VARCHAR(100)             NOT NULL,
    amount_fen    BIGINT                   NOT NULL CHECK (amount_fen > 0),
    use_number    INT,
    status        VARCHAR(10)              NOT NULL CHECK (status IN ('RESERVED', 'SETTLED', 'RELEASED')),
    district_code VARCHAR(6)               NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    settled_at    TIMESTAMP WITH TIME ZONE,
    released_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT redemption_order_uq UNIQUE (order_id, promotion_id),
    CONSTRAINT redemption_use_uq UNIQUE (promotion_id, customer_id, use_number),
    CONSTRAINT redemption_released_uncounted CHECK (status <> 'RELEASED' OR use_number IS NULL)
);

CREATE INDEX redemption_settled_idx ON billing.redemption (status, settled_at);
