-- Orders (C2.4, C4.1): the request as submitted with its price snapshot, its status and worker.
-- The door number and the contact name are encrypted by the application (FieldCipher).
CREATE TABLE booking.customer_order (
    id                  UUID                     PRIMARY KEY,
    customer_id         UUID                     NOT NULL,
    status              VARCHAR(24)              NOT NULL CHECK (status IN ('AWAITING_ACCEPTANCE', 'AWAITING_PAYMENT', 'PAID',
                                                                          'IN_SERVICE', 'COMPLETED', 'CANCELLED')),
    district_code       VARCHAR(6)               NOT NULL,
    community_id        UUID,
    latitude            DOUBLE PRECISION         NOT NULL,
    longitude           DOUBLE PRECISION         NOT NULL,
    address_detail      VARCHAR(1024)            NOT NULL,
    contact_name        VARCHAR(512)             NOT NULL,
    starts_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    asap                BOOLEAN                  NOT NULL,
    lines_json          VARCHAR(20000)           NOT NULL,
    needs_json          VARCHAR(2000)            NOT NULL,
    basket_json         VARCHAR(20000)           NOT NULL,
    subtotal_fen        BIGINT                   NOT NULL CHECK (subtotal_fen >= 0),
    discount_fen        BIGINT                   NOT NULL CHECK (discount_fen >= 0),
    total_fen           BIGINT                   NOT NULL CHECK (total_fen = subtotal_fen - discount_fen AND total_fen >= 0),
    estimated_minutes   INT                      NOT NULL,
    requirements        VARCHAR(600)             NOT NULL,
    preferred_worker_id UUID,
    worker_id           UUID,
    cancel_reason       VARCHAR(200),
    alternatives        VARCHAR(2000),
    idempotency_key     VARCHAR(64),
    request_hash        VARCHAR(64)              NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT                   NOT NULL,
    CHECK (ends_at > starts_at),
    CONSTRAINT customer_order_idempotency_uq UNIQUE (customer_id, idempotency_key)
);

CREATE INDEX customer_order_customer_idx ON booking.customer_order (customer_id, created_at DESC);
CREATE INDEX customer_order_worker_idx ON booking.customer_order (worker_id, starts_at);
CREATE INDEX customer_order_status_idx ON booking.customer_order (status, starts_at);

-- Every move of every order: who, when, why (C4.1).
CREATE TABLE booking.order_transition (
    id          UUID                     PRIMARY KEY,
    order_id    UUID                     NOT NULL REFERENCES booking.customer_order (id),
    from_status VARCHAR(24),
    to_status   VARCHAR(24)              NOT NULL,
    actor_kind  VARCHAR(16)              NOT NULL CHECK (actor_kind IN ('CUSTOMER', 'WORKER', 'OPERATOR', 'PLATFORM')),
    actor_id    UUID,
    reason      VARCHAR(200)             NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX order_transition_order_idx ON booking.order_transition (order_id, at);

-- Workers' refusals of an order, shown to its customer (W2.2).
CREATE TABLE booking.order_rejection (
    order_id  UUID                     NOT NULL REFERENCES booking.customer_order (id),
    worker_id UUID                     NOT NULL,
    reason    VARCHAR(24)              NOT NULL CHECK (reason IN ('ALREADY_BOOKED', 'TOO_FAR', 'OTHER')),
    note      VARCHAR(200),
    at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (order_id, worker_id)
);
