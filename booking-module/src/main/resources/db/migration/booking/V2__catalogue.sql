-- C2.1, C2.2, A1.1, A2.2: the catalogue, its options and reference price ranges; C2.3: the jobs workers hold.

CREATE TABLE booking.category (
    code        VARCHAR(40) PRIMARY KEY,
    name        VARCHAR(20) NOT NULL,
    sort_order  INTEGER     NOT NULL
);

CREATE TABLE booking.service_item (
    id               UUID                     PRIMARY KEY,
    code             VARCHAR(40)              NOT NULL UNIQUE,
    category_code    VARCHAR(40)              NOT NULL REFERENCES booking.category (code),
    name             VARCHAR(20)              NOT NULL,
    description      VARCHAR(1000)            NOT NULL,
    -- JSON array of strings, read and written whole
    standards        TEXT                     NOT NULL,
    pricing_unit     VARCHAR(20)              NOT NULL CHECK (pricing_unit IN ('PER_VISIT', 'PER_HOUR', 'PER_SQUARE_METRE', 'PER_DAY', 'PER_APPLIANCE')),
    base_price_fen   BIGINT                   NOT NULL CHECK (base_price_fen > 0),
    minimum_minutes  INTEGER                  NOT NULL CHECK (minimum_minutes > 0),
    typical_minutes  INTEGER                  NOT NULL CHECK (typical_minutes >= 0),
    skill            VARCHAR(30)              NOT NULL,
    -- certificate type names separated by commas, empty for none
    certificates     VARCHAR(200)             NOT NULL,
    sort_order       INTEGER                  NOT NULL,
    status           VARCHAR(10)              NOT NULL CHECK (status IN ('ACTIVE', 'RETIRED')),
    -- JSON array of option declarations, read and written whole
    options          TEXT                     NOT NULL,
    version          INTEGER                  NOT NULL,
    updated_by       UUID,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX service_item_category_idx ON booking.service_item (category_code, sort_order);

CREATE TABLE booking.price_range (
    item_id      UUID                     NOT NULL REFERENCES booking.service_item (id),
    region_code  VARCHAR(6)               NOT NULL,
    min_fen      BIGINT                   NOT NULL,
    max_fen      BIGINT                   NOT NULL,
    updated_by   UUID,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (item_id, region_code),
    CHECK (min_fen > 0 AND max_fen >= min_fen)
);

CREATE TABLE booking.worker_job (
    order_id   UUID                     PRIMARY KEY,
    worker_id  UUID                     NOT NULL,
    starts_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (ends_at > starts_at)
);

CREATE INDEX worker_job_time_idx ON booking.worker_job (starts_at, ends_at);
CREATE INDEX worker_job_worker_idx ON booking.worker_job (worker_id, starts_at);
