-- C2.4 recurring plans (周期服务): the basket, address (door number and contact name encrypted like an
-- order's), cadence and start time of a series, and its visits, each an ordinary order once inside the horizon.
CREATE TABLE booking.series
(
    id                  UUID                     NOT NULL PRIMARY KEY,
    customer_id         UUID                     NOT NULL,
    items               VARCHAR(4000)            NOT NULL,
    district            VARCHAR(6)               NOT NULL,
    community_id        UUID,
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    address_detail      VARCHAR(1024)            NOT NULL,
    contact_name        VARCHAR(512)             NOT NULL,
    requirements        VARCHAR(500),
    preferred_worker_id UUID,
    cadence             VARCHAR(8)               NOT NULL CHECK (cadence IN ('WEEKLY', 'BIWEEKLY', 'WEEKDAYS')),
    weekdays            VARCHAR(20)              NOT NULL,
    first_date          DATE                     NOT NULL,
    start_minute        INT                      NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    visits              INT,
    status              VARCHAR(9)               NOT NULL CHECK (status IN ('ACTIVE', 'PAUSED', 'CANCELLED')),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             INT                      NOT NULL
);
CREATE INDEX series_by_customer_idx ON booking.series (customer_id, created_at);
CREATE INDEX series_by_worker_idx ON booking.series (preferred_worker_id, status);
CREATE INDEX series_by_status_idx ON booking.series (status, created_at);

CREATE TABLE booking.series_visit
(
    series_id UUID                     NOT NULL REFERENCES booking.series (id),
    seq       INT                      NOT NULL,
    starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status    VARCHAR(9)               NOT NULL CHECK (status IN ('PLANNED', 'ORDERED', 'SKIPPED', 'CANCELLED', 'UNFILLED')),
    order_id  UUID,
    PRIMARY KEY (series_id, seq)
);
