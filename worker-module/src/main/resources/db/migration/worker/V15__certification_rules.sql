-- Registration and certification rules per skill, in versions operators publish with an effective time (A1.1).
-- Lists are comma-separated codes: certificate types (worker.api.CertificateType) and region codes.
CREATE TABLE worker.certification_rule
(
    id                        UUID                     NOT NULL PRIMARY KEY,
    skill                     VARCHAR(32)              NOT NULL,
    version                   INT                      NOT NULL,
    required_documents        VARCHAR(300)             NOT NULL,
    optional_documents        VARCHAR(300)             NOT NULL,
    min_valid_certificates    INT                      NOT NULL,
    min_age                   INT,
    min_experience_years      INT                      NOT NULL,
    allowed_regions           VARCHAR(400)             NOT NULL,
    face_check                VARCHAR(16)              NOT NULL CHECK (face_check IN ('REQUIRED', 'MANUAL_ALLOWED')),
    background_check_required BOOLEAN                  NOT NULL,
    interview_required        BOOLEAN                  NOT NULL,
    grace_days                INT                      NOT NULL,
    note                      VARCHAR(500)             NOT NULL,
    effective_from            TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by                UUID,
    created_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (skill, version)
);
CREATE INDEX certification_rule_in_force_idx ON worker.certification_rule (skill, effective_from, version);

-- Version 1 of every skill is what the platform asked before rules were configurable: at least one valid
-- certificate, and a face check or a request for a manual identity check.
INSERT INTO worker.certification_rule (id, skill, version, required_documents, optional_documents, min_valid_certificates,
                                       min_age, min_experience_years, allowed_regions, face_check, background_check_required,
                                       interview_required, grace_days, note, effective_from, created_by, created_at)
VALUES ('00000000-0000-7000-8000-00000000c001', 'DAILY_CLEANING', 1, '', 'HOUSEKEEPER,HEALTH', 1, NULL, 0, '', 'MANUAL_ALLOWED', FALSE, FALSE, 30, '初始规则', TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+08:00', NULL, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+08:00'),
       ('00000000-0000-7000-8000-00000000c002', 'DEEP_CLEANING', 1, '', 'HOUSEKEEPER,HEALTH', 1, NULL, 0, '', 'MANUAL_ALLOWED', FALSE, FALSE, 30, '初始规则', TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+08:00', NULL, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+08:00'),
       ('00000000-0000-7000-8000-00000000c003', 'APPLIANCE_CLEANING', 1, '', 'HOUSEKEEPER,HEALTH', 1, NULL, 0, '', 'MANUAL_ALLOWED', FALSE, FALSE, 30, '初始规则', TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+08:00', NULL, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+08:00'),
       ('00000000-0000-7000-8000-00000000c004', 'HOME_MAINTENANCE', 1, '', 'HOUSEKEEPER,HEALTH', 1, NULL, 0, '', 'MANUAL_ALLOWED', FALSE, FALSE, 30, '初始规则', TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+08:00', NULL, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+08:00'),
       ('00000000-0000-7000-8000-00000000c005', 'NANNY', 1, '', 'CHILDCARE,HOUSEKEEPER,HEALTH', 1, NULL, 0, '', 'MANUAL_ALLOWED', FALSE, FALSE, 30, '初始规则', TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+08:00', NULL, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+08:00'),
       ('00000000-0000-7000-8000-00000000c006', 'MATERNITY_NURSE', 1, '', 'MATERNITY_NURSE,HEALTH', 1, NULL, 0, '', 'MANUAL_ALLOWED', FALSE, FALSE, 30, '初始规则', TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+08:00', NULL, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+08:00'),
       ('00000000-0000-7000-8000-00000000c007', 'ELDERLY_CARE', 1, '', 'ELDERLY_CARE,HEALTH', 1, NULL, 0, '', 'MANUAL_ALLOWED', FALSE, FALSE, 30, '初始规则', TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+08:00', NULL, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+08:00'),
       ('00000000-0000-7000-8000-00000000c008', 'PATIENT_CARE', 1, '', 'NURSING_ASSISTANT,HEALTH', 1, NULL, 0, '', 'MANUAL_ALLOWED', FALSE, FALSE, 30, '初始规则', TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+08:00', NULL, TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+08:00');

-- The rule version each skill of a worker's last submission was checked against.
CREATE TABLE worker.submission_rule
(
    worker_id    UUID                     NOT NULL REFERENCES worker.worker (account_id),
    skill        VARCHAR(32)              NOT NULL,
    rule_id      UUID                     NOT NULL REFERENCES worker.certification_rule (id),
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (worker_id, skill)
);

-- What a stricter version asks of a certified worker, by a deadline; open or supplied items past it keep
-- the worker from offers for the skill until an operator approves them.
CREATE TABLE worker.missing_item
(
    id           UUID                     NOT NULL PRIMARY KEY,
    worker_id    UUID                     NOT NULL REFERENCES worker.worker (account_id),
    skill        VARCHAR(32)              NOT NULL,
    rule_version INT                      NOT NULL,
    item         VARCHAR(40)              NOT NULL,
    due_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    state        VARCHAR(10)              NOT NULL CHECK (state IN ('OPEN', 'SUPPLIED', 'RESOLVED')),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    supplied_at  TIMESTAMP WITH TIME ZONE,
    resolved_at  TIMESTAMP WITH TIME ZONE,
    resolved_by  UUID
);
CREATE INDEX missing_item_by_worker_idx ON worker.missing_item (worker_id, state, due_at);
CREATE INDEX missing_item_overdue_idx ON worker.missing_item (skill, state, due_at, worker_id);

-- Verification steps operators record: a background or credit check (家政信用 check), an interview.
CREATE TABLE worker.verification_step
(
    id          UUID                     NOT NULL PRIMARY KEY,
    worker_id   UUID                     NOT NULL REFERENCES worker.worker (account_id),
    step        VARCHAR(20)              NOT NULL CHECK (step IN ('backgroundCheck', 'interview')),
    reference   VARCHAR(200)             NOT NULL,
    recorded_by UUID                     NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX verification_step_by_worker_idx ON worker.verification_step (worker_id);
