-- A2.1 W4.2: a suspension for quality that passing a named training course lifts, and badges required for a tier of work.
CREATE TABLE worker.penalty_retraining (
    penalty_id   UUID                     NOT NULL PRIMARY KEY REFERENCES worker.penalty (id),
    worker_id    UUID                     NOT NULL,
    course_id    UUID                     NOT NULL,
    course_title VARCHAR(120)             NOT NULL,
    lifted_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX penalty_retraining_by_worker_idx ON worker.penalty_retraining (worker_id, course_id);

CREATE TABLE worker.tier_badge_requirement (
    tier  VARCHAR(16) NOT NULL,
    code  VARCHAR(48) NOT NULL,
    label VARCHAR(30) NOT NULL,
    PRIMARY KEY (tier, code)
);
