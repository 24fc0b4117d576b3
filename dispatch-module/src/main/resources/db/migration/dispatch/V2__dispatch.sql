-- Dispatch cases: one per order, with the snapshot workers see before taking it (no door number).
CREATE TABLE dispatch.dispatch_case (
    order_id      UUID                     PRIMARY KEY,
    customer_id   UUID                     NOT NULL,
    mode          VARCHAR(16)              NOT NULL CHECK (mode IN ('BROADCAST', 'AUTO')),
    state         VARCHAR(24)              NOT NULL CHECK (state IN ('OFFERING', 'AWAITING_OPERATOR', 'ASSIGNED', 'UNFILLED', 'CANCELLED')),
    rung          INT                      NOT NULL,
    deadline      TIMESTAMP WITH TIME ZONE,
    worker_id     UUID,
    flagged_at    TIMESTAMP WITH TIME ZONE,
    item_names    VARCHAR(600)             NOT NULL,
    district_code VARCHAR(6)               NOT NULL,
    community_id  UUID,
    latitude      DOUBLE PRECISION         NOT NULL,
    longitude     DOUBLE PRECISION         NOT NULL,
    starts_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    requirements  VARCHAR(600)             NOT NULL,
    total_fen     BIGINT                   NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT                   NOT NULL
);

CREATE INDEX dispatch_case_due_idx ON dispatch.dispatch_case (deadline);
CREATE INDEX dispatch_case_state_idx ON dispatch.dispatch_case (state, created_at);

-- Offers: at most one per order and worker.
CREATE TABLE dispatch.offer (
    id              UUID                     PRIMARY KEY,
    order_id        UUID                     NOT NULL REFERENCES dispatch.dispatch_case (order_id),
    worker_id       UUID                     NOT NULL,
    step            VARCHAR(16)              NOT NULL,
    status          VARCHAR(16)              NOT NULL CHECK (status IN ('OPEN', 'ACCEPTED', 'REJECTED', 'GONE', 'EXPIRED', 'ASSIGNED',
                                                                    'DECLINED', 'WITHDRAWN')),
    score           INT                      NOT NULL,
    distance_metres BIGINT                   NOT NULL,
    offered_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at     TIMESTAMP WITH TIME ZONE,
    decline_until   TIMESTAMP WITH TIME ZONE,
    reason          VARCHAR(24),
    note            VARCHAR(200),
    CONSTRAINT offer_order_worker_uq UNIQUE (order_id, worker_id)
);

CREATE INDEX offer_worker_idx ON dispatch.offer (worker_id, offered_at DESC);
CREATE INDEX offer_load_idx ON dispatch.offer (status, answered_at);

-- Every dispatch decision, for operators (A3.1).
CREATE TABLE dispatch.decision (
    id          UUID                     PRIMARY KEY,
    order_id    UUID                     NOT NULL,
    kind        VARCHAR(24)              NOT NULL,
    worker_id   UUID,
    operator_id UUID,
    detail      VARCHAR(300)             NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX decision_order_idx ON dispatch.decision (order_id, at);

-- Assignment mode per city (6-digit city code) or catalogue item (code); the default is configuration.
CREATE TABLE dispatch.assignment_mode (
    scope      VARCHAR(8)               NOT NULL CHECK (scope IN ('CITY', 'ITEM')),
    scope_key  VARCHAR(64)              NOT NULL,
    mode       VARCHAR(16)              NOT NULL CHECK (mode IN ('BROADCAST', 'AUTO')),
    updated_by UUID                     NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (scope, scope_key)
);
