-- The order after acceptance (C4.1, C4.3, C4.4, W2.3, W3.1): the policy snapshot, payment, the visit.
ALTER TABLE booking.customer_order ADD COLUMN free_cancel_minutes INT NOT NULL DEFAULT 120;
ALTER TABLE booking.customer_order ADD COLUMN late_fee_bp INT NOT NULL DEFAULT 2000;
ALTER TABLE booking.customer_order ADD COLUMN min_late_fee_fen BIGINT NOT NULL DEFAULT 2000;
ALTER TABLE booking.customer_order ADD COLUMN worker_change_minutes INT NOT NULL DEFAULT 720;
ALTER TABLE booking.customer_order ADD COLUMN payment_window_minutes INT NOT NULL DEFAULT 30;
ALTER TABLE booking.customer_order ADD COLUMN service_code VARCHAR(6) NOT NULL DEFAULT '000000';
ALTER TABLE booking.customer_order ADD COLUMN payment_deadline TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking.customer_order ADD COLUMN paid_fen BIGINT NOT NULL DEFAULT 0;
ALTER TABLE booking.customer_order ADD COLUMN add_ons_fen BIGINT NOT NULL DEFAULT 0;
ALTER TABLE booking.customer_order ADD COLUMN checked_in_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking.customer_order ADD COLUMN checked_out_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE booking.customer_order ADD COLUMN check_in_distance BIGINT;

CREATE INDEX customer_order_deadline_idx ON booking.customer_order (payment_deadline);

-- Payments recorded on orders, one per payment reference: a repeated notice changes nothing.
CREATE TABLE booking.order_payment (
    reference  VARCHAR(64)              PRIMARY KEY,
    order_id   UUID                     NOT NULL REFERENCES booking.customer_order (id),
    amount_fen BIGINT                   NOT NULL CHECK (amount_fen > 0),
    at         TIMESTAMP WITH TIME ZONE NOT NULL
);

-- What the worker recorded during the visit: steps in text, photos and short videos, care observations.
CREATE TABLE booking.service_record (
    id           UUID                     PRIMARY KEY,
    order_id     UUID                     NOT NULL REFERENCES booking.customer_order (id),
    kind         VARCHAR(16)              NOT NULL CHECK (kind IN ('STEP', 'BEFORE', 'AFTER', 'OBSERVATION')),
    text         VARCHAR(1000),
    media_key    VARCHAR(200),
    media_type   VARCHAR(40),
    observations VARCHAR(2000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX service_record_order_idx ON booking.service_record (order_id, created_at);

-- Add-on items and price differences found on site (加项 / 补差价).
CREATE TABLE booking.add_on (
    id          UUID                     PRIMARY KEY,
    order_id    UUID                     NOT NULL REFERENCES booking.customer_order (id),
    description VARCHAR(200)             NOT NULL,
    amount_fen  BIGINT                   NOT NULL CHECK (amount_fen > 0),
    status      VARCHAR(16)              NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'REFUSED')),
    proposed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_at  TIMESTAMP WITH TIME ZONE
);

CREATE INDEX add_on_order_idx ON booking.add_on (order_id);

-- A worker's request to move an order's time: operator review, then the customer's consent (W2.3).
CREATE TABLE booking.change_request (
    id             UUID                     PRIMARY KEY,
    order_id       UUID                     NOT NULL REFERENCES booking.customer_order (id),
    worker_id      UUID                     NOT NULL,
    proposed_start TIMESTAMP WITH TIME ZONE NOT NULL,
    reason         VARCHAR(200)             NOT NULL,
    status         VARCHAR(24)              NOT NULL CHECK (status IN ('AWAITING_REVIEW', 'AWAITING_CUSTOMER', 'APPLIED', 'REFUSED',
                                                                       'EXPIRED')),
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_by    UUID,
    review_note    VARCHAR(200),
    decided_at     TIMESTAMP WITH TIME ZONE
);

CREATE INDEX change_request_order_idx ON booking.change_request (order_id, created_at);

-- One review per order (C4.4), on the spec's five dimensions; the worker may reply once; operators may hide it.
CREATE TABLE booking.review (
    order_id      UUID                     PRIMARY KEY REFERENCES booking.customer_order (id),
    customer_id   UUID                     NOT NULL,
    worker_id     UUID                     NOT NULL,
    attitude      INT                      NOT NULL CHECK (attitude BETWEEN 1 AND 5),
    skill         INT                      NOT NULL CHECK (skill BETWEEN 1 AND 5),
    efficiency    INT                      NOT NULL CHECK (efficiency BETWEEN 1 AND 5),
    punctuality   INT                      NOT NULL CHECK (punctuality BETWEEN 1 AND 5),
    overall       INT                      NOT NULL CHECK (overall BETWEEN 1 AND 5),
    text          VARCHAR(1000)            NOT NULL,
    photos        VARCHAR(2000)            NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reply         VARCHAR(500),
    replied_at    TIMESTAMP WITH TIME ZONE,
    hidden        BOOLEAN                  NOT NULL DEFAULT FALSE,
    hidden_reason VARCHAR(200),
    hidden_by     UUID
);

CREATE INDEX review_worker_idx ON booking.review (worker_id, created_at DESC);
