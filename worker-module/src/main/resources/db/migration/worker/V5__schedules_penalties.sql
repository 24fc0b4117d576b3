-- Weekly working hours in the worker's time zone, as minutes of the day; a day may have several windows.
CREATE TABLE worker.weekly_hours
(
    worker_id    UUID NOT NULL REFERENCES worker.worker (account_id),
    day_of_week  INT  NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    start_minute INT  NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute   INT  NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    PRIMARY KEY (worker_id, day_of_week, start_minute),
    CHECK (end_minute > start_minute)
);

-- Exceptions to the week: leave (not working) or extra working time, on one local date.
CREATE TABLE worker.schedule_exception
(
    id           UUID        NOT NULL PRIMARY KEY,
    worker_id    UUID        NOT NULL REFERENCES worker.worker (account_id),
    local_date   DATE        NOT NULL,
    kind         VARCHAR(8)  NOT NULL CHECK (kind IN ('LEAVE', 'EXTRA')),
    start_minute INT         NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute   INT         NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    note         VARCHAR(100),
    CHECK (end_minute > start_minute)
);
CREATE INDEX schedule_exception_by_worker_idx ON worker.schedule_exception (worker_id, local_date);

-- Time booked for orders. booked_cell holds one row per worker per 15 minutes booked, so the primary
-- key makes overlapping bookings impossible on every database.
CREATE TABLE worker.booking
(
    order_id  UUID                     NOT NULL PRIMARY KEY,
    worker_id UUID                     NOT NULL REFERENCES worker.worker (account_id),
    starts_at TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    booked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (ends_at > starts_at)
);
CREATE INDEX booking_by_worker_idx ON worker.booking (worker_id, starts_at);

CREATE TABLE worker.booked_cell
(
    worker_id  UUID                     NOT NULL,
    cell_start TIMESTAMP WITH TIME ZONE NOT NULL,
    order_id   UUID                     NOT NULL REFERENCES worker.booking (order_id),
    PRIMARY KEY (worker_id, cell_start)
);
CREATE INDEX booked_cell_by_order_idx ON worker.booked_cell (order_id);

-- Penalties (A2.1): a warning, a suspension of order-taking until a time, or removal; one appeal each.
CREATE TABLE worker.penalty
(
    id                UUID                     NOT NULL PRIMARY KEY,
    worker_id         UUID                     NOT NULL REFERENCES worker.worker (account_id),
    kind              VARCHAR(12)              NOT NULL CHECK (kind IN ('WARNING', 'SUSPENSION', 'REMOVAL')),
    reason            VARCHAR(500)             NOT NULL,
    evidence          VARCHAR(2000)            NOT NULL,
    suspended_until   TIMESTAMP WITH TIME ZONE,
    imposed_by        UUID                     NOT NULL,
    imposed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    appeal_statement  VARCHAR(1000),
    appealed_at       TIMESTAMP WITH TIME ZONE,
    appeal_outcome    VARCHAR(10) CHECK (appeal_outcome IN ('UPHELD', 'OVERTURNED')),
    appeal_reason     VARCHAR(500),
    appeal_decided_by UUID,
    appeal_decided_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX penalty_by_worker_idx ON worker.penalty (worker_id, imposed_at);
CREATE INDEX penalty_open_appeals_idx ON worker.penalty (appealed_at, appeal_outcome);
