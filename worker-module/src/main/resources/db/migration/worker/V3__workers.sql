-- Workers (家政人员): one row per worker account, its certification state, standing and public profile.
CREATE TABLE worker.worker
(
    account_id        UUID                     NOT NULL PRIMARY KEY,
    certification     VARCHAR(12)              NOT NULL CHECK (certification IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'REJECTED')),
    standing          VARCHAR(12)              NOT NULL CHECK (standing IN ('ACTIVE', 'SUSPENDED', 'REMOVED')),
    suspended_until   TIMESTAMP WITH TIME ZONE,
    real_name         VARCHAR(32),
    name_pinyin       VARCHAR(128),
    name_initials     VARCHAR(32),
    gender            VARCHAR(6) CHECK (gender IN ('FEMALE', 'MALE')),
    birth_year        INT,
    id_number_cipher  VARCHAR(255),
    id_number_hash    VARCHAR(64) UNIQUE,
    photo_document_id UUID,
    experience_years  INT                      NOT NULL DEFAULT 0,
    former_employers  VARCHAR(1000),
    hourly_rate_fen   BIGINT,
    languages         VARCHAR(200),
    introduction      VARCHAR(1000),
    home_latitude     DOUBLE PRECISION,
    home_longitude    DOUBLE PRECISION,
    service_radius_m  INT,
    time_zone         VARCHAR(40)              NOT NULL DEFAULT 'Asia/Shanghai',
    face_consent_at   TIMESTAMP WITH TIME ZONE,
    face_verified_at  TIMESTAMP WITH TIME ZONE,
    face_score        INT,
    rating_sum        BIGINT                   NOT NULL DEFAULT 0,
    rating_count      INT                      NOT NULL DEFAULT 0,
    rating_tenths     INT                      NOT NULL DEFAULT 0,
    completed_orders  INT                      NOT NULL DEFAULT 0,
    complaint_count   INT                      NOT NULL DEFAULT 0,
    work_state        VARCHAR(10)              NOT NULL DEFAULT 'RESTING' CHECK (work_state IN ('WORKING', 'RESTING', 'BUSY')),
    rejection_reason  VARCHAR(500),
    submitted_at      TIMESTAMP WITH TIME ZONE,
    approved_at       TIMESTAMP WITH TIME ZONE,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           INT                      NOT NULL DEFAULT 0
);
CREATE INDEX worker_searchable_idx ON worker.worker (certification, standing, rating_tenths);
CREATE INDEX worker_pinyin_idx ON worker.worker (name_pinyin);
CREATE INDEX worker_initials_idx ON worker.worker (name_initials);
CREATE INDEX worker_experience_idx ON worker.worker (experience_years);
CREATE INDEX worker_rate_idx ON worker.worker (hourly_rate_fen);
CREATE INDEX worker_review_queue_idx ON worker.worker (certification, submitted_at);

-- What a worker can do (codes of worker.domain.Skill) and the districts they serve.
CREATE TABLE worker.worker_skill
(
    worker_id UUID        NOT NULL REFERENCES worker.worker (account_id),
    skill     VARCHAR(32) NOT NULL,
    PRIMARY KEY (worker_id, skill)
);
CREATE INDEX worker_skill_by_skill_idx ON worker.worker_skill (skill, worker_id);

CREATE TABLE worker.worker_district
(
    worker_id     UUID       NOT NULL REFERENCES worker.worker (account_id),
    district_code VARCHAR(6) NOT NULL,
    PRIMARY KEY (worker_id, district_code)
);
CREATE INDEX worker_district_by_district_idx ON worker.worker_district (district_code, worker_id);

-- Uploaded files (photos of the worker and of certificates): only the storage key, never a public path.
CREATE TABLE worker.document
(
    id           UUID                     NOT NULL PRIMARY KEY,
    worker_id    UUID                     NOT NULL REFERENCES worker.worker (account_id),
    kind         VARCHAR(16)              NOT NULL CHECK (kind IN ('PHOTO', 'CERTIFICATE')),
    storage_key  VARCHAR(200)             NOT NULL UNIQUE,
    content_type VARCHAR(40)              NOT NULL,
    size_bytes   INT                      NOT NULL,
    width        INT                      NOT NULL,
    height       INT                      NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX document_by_worker_idx ON worker.document (worker_id);

-- Certificates a worker holds (家政服务员证, 母婴护理师证 …); the number is personal data.
CREATE TABLE worker.certificate
(
    id            UUID                     NOT NULL PRIMARY KEY,
    worker_id     UUID                     NOT NULL REFERENCES worker.worker (account_id),
    type          VARCHAR(24)              NOT NULL,
    number_cipher VARCHAR(255)             NOT NULL,
    issuer        VARCHAR(100)             NOT NULL,
    valid_from    DATE                     NOT NULL,
    valid_until   DATE,
    document_id   UUID REFERENCES worker.document (id),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX certificate_by_worker_idx ON worker.certificate (worker_id);
CREATE INDEX certificate_by_type_idx ON worker.certificate (type, valid_until, worker_id);

-- Every submission and review decision, with who and when.
CREATE TABLE worker.certification_decision
(
    id         UUID                     NOT NULL PRIMARY KEY,
    worker_id  UUID                     NOT NULL REFERENCES worker.worker (account_id),
    decision   VARCHAR(12)              NOT NULL CHECK (decision IN ('SUBMITTED', 'APPROVED', 'REJECTED')),
    reason     VARCHAR(500),
    decided_by UUID                     NOT NULL,
    decided_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX certification_decision_by_worker_idx ON worker.certification_decision (worker_id, decided_at);
