-- C2.4 leave days of a placement's worker and the substitute who serves them: the substitute's calendar
-- holds the days under the substitution's id (same overlap guarantee as any booking), and the substitute
-- earns those days when their period is settled.
CREATE TABLE booking.placement_substitute
(
    id             UUID                     NOT NULL PRIMARY KEY,
    placement_id   UUID                     NOT NULL REFERENCES booking.placement (id),
    main_worker_id UUID                     NOT NULL,
    worker_id      UUID                     NOT NULL,
    first_day      DATE                     NOT NULL,
    end_day        DATE                     NOT NULL,
    reason         VARCHAR(200)             NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (end_day > first_day)
);
CREATE INDEX placement_substitute_by_placement_idx ON booking.placement_substitute (placement_id, first_day);
CREATE INDEX placement_substitute_by_worker_idx ON booking.placement_substitute (worker_id, first_day);
