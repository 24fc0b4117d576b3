-- Complaints (投诉, A2.1): one row per complaint on an order, its recorded steps, and its photos (files on disk).
CREATE TABLE complaint.complaint
(
    id                UUID                     NOT NULL PRIMARY KEY,
    order_id          UUID                     NOT NULL,
    customer_id       UUID                     NOT NULL,
    worker_id         UUID,
    category          VARCHAR(20)              NOT NULL CHECK (category IN ('SERVICE_QUALITY', 'LATE_OR_NO_SHOW', 'ATTITUDE',
                                                                             'PROPERTY_DAMAGE', 'SAFETY', 'CHARGES', 'OTHER')),
    body              VARCHAR(1000)            NOT NULL,
    district_code     VARCHAR(12)              NOT NULL,
    item_codes        VARCHAR(1000)            NOT NULL,
    status            VARCHAR(12)              NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'RESOLVED')),
    assignee_id       UUID,
    filed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    answer_due_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    first_answered_at TIMESTAMP WITH TIME ZONE,
    outcome           VARCHAR(16) CHECK (outcome IN ('NO_FAULT', 'APOLOGY', 'PARTIAL_REFUND', 'FULL_REFUND', 'WORKER_PENALTY',
                                                     'RETRAINING')),
    resolution        VARCHAR(500),
    refund_fen        BIGINT                   NOT NULL DEFAULT 0 CHECK (refund_fen >= 0),
    penalty_id        UUID,
    resolved_by       UUID,
    resolved_at       TIMESTAMP WITH TIME ZONE,
    rating            INT CHECK (rating BETWEEN 1 AND 5),
    rating_comment    VARCHAR(500),
    rated_at          TIMESTAMP WITH TIME ZONE,
    worker_statement  VARCHAR(500),
    statement_at      TIMESTAMP WITH TIME ZONE,
    version           BIGINT                   NOT NULL DEFAULT 0
);
CREATE INDEX complaint_order ON complaint.complaint (order_id);
CREATE INDEX complaint_customer ON complaint.complaint (customer_id, filed_at);
CREATE INDEX complaint_worker ON complaint.complaint (worker_id, status);
CREATE INDEX complaint_queue ON complaint.complaint (status, answer_due_at);

CREATE TABLE complaint.complaint_step
(
    id           UUID                     NOT NULL PRIMARY KEY,
    complaint_id UUID                     NOT NULL REFERENCES complaint.complaint (id),
    kind         VARCHAR(12)              NOT NULL,
    actor        VARCHAR(10)              NOT NULL CHECK (actor IN ('CUSTOMER', 'WORKER', 'OPERATOR')),
    actor_id     UUID,
    note         VARCHAR(500),
    happened_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX complaint_step_of ON complaint.complaint_step (complaint_id, happened_at);

CREATE TABLE complaint.complaint_photo
(
    id           UUID                     NOT NULL PRIMARY KEY,
    complaint_id UUID                     NOT NULL REFERENCES complaint.complaint (id),
    photo_no     INT                      NOT NULL CHECK (photo_no BETWEEN 1 AND 9),
    content_type VARCHAR(20)              NOT NULL,
    file_key     VARCHAR(60)              NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (complaint_id, photo_no)
);
