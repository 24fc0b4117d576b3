-- C2.4 long placements (保姆, 月嫂, 护理 by the day or month): the request, the shortlist with its
-- interviews, the contract (服务协议) snapshot once a worker is chosen, and the instalments the
-- customer pays. The worker's whole span is reserved in the worker module's calendar under the
-- placement's id, with the same guarantee against overlaps as a visit.
CREATE TABLE booking.placement
(
    id                  UUID                     NOT NULL PRIMARY KEY,
    customer_id         UUID                     NOT NULL,
    item_id             UUID                     NOT NULL,
    item_code           VARCHAR(40)              NOT NULL,
    item_name           VARCHAR(40)              NOT NULL,
    options             VARCHAR(2000)            NOT NULL,
    district            VARCHAR(6)               NOT NULL,
    latitude            DOUBLE PRECISION,
    longitude           DOUBLE PRECISION,
    starts_on           DATE                     NOT NULL,
    ends_on             DATE                     NOT NULL,
    live_in             BOOLEAN                  NOT NULL,
    status              VARCHAR(12)              NOT NULL CHECK (status IN ('INTERVIEWING', 'CONTRACTED', 'ACTIVE', 'ENDED', 'CANCELLED')),
    worker_id           UUID,
    daily_price_fen     BIGINT,
    deposit_fen         BIGINT,
    payment_plan        VARCHAR(8) CHECK (payment_plan IN ('UPFRONT', 'MONTHLY')),
    rest_days_per_month INT,
    included            VARCHAR(1000),
    trial_days          INT,
    notice_days         INT,
    early_end_fee_days  INT,
    contracted_at       TIMESTAMP WITH TIME ZONE,
    end_reason          VARCHAR(200),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             INT                      NOT NULL,
    CHECK (ends_on > starts_on)
);
CREATE INDEX placement_by_customer_idx ON booking.placement (customer_id, created_at);
CREATE INDEX placement_by_worker_idx ON booking.placement (worker_id, starts_on);

CREATE TABLE booking.placement_candidate
(
    placement_id   UUID                     NOT NULL REFERENCES booking.placement (id),
    worker_id      UUID                     NOT NULL,
    interview_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    interview_mode VARCHAR(8)               NOT NULL CHECK (interview_mode IN ('ONLINE', 'AT_HOME')),
    status         VARCHAR(10)              NOT NULL CHECK (status IN ('INVITED', 'ACCEPTED', 'DECLINED', 'CHOSEN', 'NOT_CHOSEN')),
    answered_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (placement_id, worker_id)
);
CREATE INDEX placement_candidate_by_worker_idx ON booking.placement_candidate (worker_id);

-- What the customer owes under the contract, paid one after another through billing: the deposit, then
-- the periods (the whole package upfront, or month by month), then any extension. A paid period is
-- settled to the worker once it is over; on an early end the unserved rest is void.
CREATE TABLE booking.placement_instalment
(
    id                UUID                     NOT NULL PRIMARY KEY,
    placement_id      UUID                     NOT NULL REFERENCES booking.placement (id),
    seq               INT                      NOT NULL,
    kind              VARCHAR(9)               NOT NULL CHECK (kind IN ('DEPOSIT', 'PERIOD', 'EXTENSION')),
    period_start      DATE                     NOT NULL,
    period_end        DATE                     NOT NULL,
    amount_fen        BIGINT                   NOT NULL CHECK (amount_fen > 0),
    status            VARCHAR(8)               NOT NULL CHECK (status IN ('DUE', 'PAID', 'SETTLED', 'VOID')),
    payment_reference VARCHAR(64) UNIQUE,
    paid_at           TIMESTAMP WITH TIME ZONE,
    settled_fen       BIGINT                   NOT NULL DEFAULT 0,
    UNIQUE (placement_id, seq)
);
