-- C2.4 leave days of a placement's worker whose substitute is sought through dispatch's ladder, like an order:
-- the request is SEEKING until a worker wins its offer (FILLED, the substitution takes the request's id) or the
-- ladder gives up (UNFILLED, the customer may still pick a substitute).
CREATE TABLE booking.placement_substitute_request
(
    id             UUID                     NOT NULL PRIMARY KEY,
    placement_id   UUID                     NOT NULL REFERENCES booking.placement (id),
    customer_id    UUID                     NOT NULL,
    main_worker_id UUID                     NOT NULL,
    first_day      DATE                     NOT NULL,
    end_day        DATE                     NOT NULL,
    reason         VARCHAR(200)             NOT NULL,
    status         VARCHAR(16)              NOT NULL CHECK (status IN ('SEEKING', 'FILLED', 'UNFILLED')),
    worker_id      UUID,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        INT                      NOT NULL,
    CHECK (end_day > first_day)
);
CREATE INDEX placement_substitute_request_by_placement_idx ON booking.placement_substitute_request (placement_id, first_day);

-- C4.4 placement reviews count in the worker's rating: summed per worker.
CREATE INDEX placement_review_by_worker_idx ON booking.placement_review (worker_id);
