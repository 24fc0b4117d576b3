-- W4.2: skill badges earned in training, and the badges a service requires to take its orders.
CREATE TABLE worker.worker_badge (
    worker_id          UUID                     NOT NULL,
    code               VARCHAR(48)              NOT NULL,
    label              VARCHAR(30)              NOT NULL,
    valid_until        DATE                     NOT NULL,
    certificate_number VARCHAR(40)              NOT NULL,
    granted_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (worker_id, code)
);
CREATE INDEX worker_badge_code_idx ON worker.worker_badge (code, valid_until);

CREATE TABLE worker.skill_badge_requirement (
    skill VARCHAR(32) NOT NULL,
    code  VARCHAR(48) NOT NULL,
    label VARCHAR(30) NOT NULL,
    PRIMARY KEY (skill, code)
);
