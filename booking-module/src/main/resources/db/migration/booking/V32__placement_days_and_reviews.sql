-- C2.4 during a placement: the worker's daily record (what was done, and care observations as a visit's
-- record keeps them), one per worker and day, and the customer's reviews: one a month for long placements,
-- one at the end (period 0).
CREATE TABLE booking.placement_day_record
(
    id           UUID                     NOT NULL PRIMARY KEY,
    placement_id UUID                     NOT NULL REFERENCES booking.placement (id),
    worker_id    UUID                     NOT NULL,
    served_on    DATE                     NOT NULL,
    text         VARCHAR(1000),
    observations VARCHAR(2000),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (placement_id, served_on, worker_id)
);

CREATE TABLE booking.placement_review
(
    id           UUID                     NOT NULL PRIMARY KEY,
    placement_id UUID                     NOT NULL REFERENCES booking.placement (id),
    worker_id    UUID                     NOT NULL,
    period       INT                      NOT NULL CHECK (period >= 0),
    rating       INT                      NOT NULL CHECK (rating BETWEEN 1 AND 5),
    comment      VARCHAR(500)             NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (placement_id, period)
);
