-- The training module owns this schema; no other module reads or writes it.
CREATE SCHEMA IF NOT EXISTS training;

-- W4.1 the catalogue of training: courses and their parts in order.
CREATE TABLE training.course (
    id                  UUID                     PRIMARY KEY,
    title               VARCHAR(60)              NOT NULL,
    description         VARCHAR(1000)            NOT NULL,
    skill               VARCHAR(32)              NOT NULL,
    level               VARCHAR(16)              NOT NULL CHECK (level IN ('BEGINNER', 'ADVANCED', 'EXPERT')),
    min_experience      INT                      NOT NULL,
    max_experience      INT                      NOT NULL,
    badge_code          VARCHAR(48)              NOT NULL,
    badge_label         VARCHAR(30)              NOT NULL,
    badge_months        INT                      NOT NULL,
    exam_questions      INT                      NOT NULL,
    exam_minutes        INT                      NOT NULL,
    pass_percent        INT                      NOT NULL,
    max_attempts        INT                      NOT NULL,
    retry_wait_minutes  INT                      NOT NULL,
    published           BOOLEAN                  NOT NULL,
    created_by          UUID                     NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX course_skill_idx ON training.course (skill, published);

CREATE TABLE training.course_part (
    id               UUID                     PRIMARY KEY,
    course_id        UUID                     NOT NULL REFERENCES training.course (id),
    position         INT                      NOT NULL,
    kind             VARCHAR(16)              NOT NULL CHECK (kind IN ('VIDEO', 'READING', 'HOMEWORK', 'SESSION', 'PRACTICAL')),
    title            VARCHAR(60)              NOT NULL,
    body             VARCHAR(4000)            NOT NULL,
    duration_seconds INT                      NOT NULL,
    video_key        VARCHAR(200),
    place            VARCHAR(60),
    address          VARCHAR(200),
    starts_at        TIMESTAMP WITH TIME ZONE,
    ends_at          TIMESTAMP WITH TIME ZONE,
    trainer          VARCHAR(30),
    capacity         INT                      NOT NULL,
    cancel_hours     INT                      NOT NULL,
    check_in_code    VARCHAR(12),
    checklist        VARCHAR(2000)            NOT NULL,
    UNIQUE (course_id, position)
);

CREATE TABLE training.question (
    id        UUID          PRIMARY KEY,
    course_id UUID          NOT NULL REFERENCES training.course (id),
    kind      VARCHAR(16)   NOT NULL CHECK (kind IN ('SINGLE', 'MULTIPLE', 'TRUE_FALSE')),
    prompt    VARCHAR(500)  NOT NULL,
    options   VARCHAR(2000) NOT NULL,
    correct   VARCHAR(40)   NOT NULL
);
CREATE INDEX question_course_idx ON training.question (course_id);

-- W4.1 enrolment; W4.2 taking part.
CREATE TABLE training.enrolment (
    id           UUID                     PRIMARY KEY,
    course_id    UUID                     NOT NULL REFERENCES training.course (id),
    worker_id    UUID                     NOT NULL,
    required     BOOLEAN                  NOT NULL,
    reason       VARCHAR(200),
    evidence_ids VARCHAR(2000)            NOT NULL,
    status       VARCHAR(16)              NOT NULL CHECK (status IN ('ENROLLED', 'COMPLETED')),
    enrolled_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE,
    UNIQUE (course_id, worker_id)
);
CREATE INDEX enrolment_worker_idx ON training.enrolment (worker_id);

CREATE TABLE training.seat (
    part_id     UUID                     NOT NULL REFERENCES training.course_part (id),
    worker_id   UUID                     NOT NULL,
    status      VARCHAR(16)              NOT NULL CHECK (status IN ('BOOKED', 'WAITING', 'CANCELLED')),
    asked_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    attended_at TIMESTAMP WITH TIME ZONE,
    reminded    BOOLEAN                  NOT NULL DEFAULT FALSE,
    PRIMARY KEY (part_id, worker_id)
);

CREATE TABLE training.lesson_progress (
    part_id          UUID                     NOT NULL REFERENCES training.course_part (id),
    worker_id        UUID                     NOT NULL,
    segments         VARCHAR(4000)            NOT NULL,
    last_reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    watched_at       TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (part_id, worker_id)
);

CREATE TABLE training.homework (
    id           UUID                     PRIMARY KEY,
    part_id      UUID                     NOT NULL REFERENCES training.course_part (id),
    worker_id    UUID                     NOT NULL,
    answer       VARCHAR(2000)            NOT NULL,
    photo_count  INT                      NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    passed       BOOLEAN,
    comment      VARCHAR(500),
    graded_by    UUID,
    graded_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX homework_part_idx ON training.homework (part_id, worker_id);

CREATE TABLE training.practical_grade (
    part_id   UUID                     NOT NULL REFERENCES training.course_part (id),
    worker_id UUID                     NOT NULL,
    checked   VARCHAR(2000)            NOT NULL,
    passed    BOOLEAN                  NOT NULL,
    comment   VARCHAR(500),
    graded_by UUID                     NOT NULL,
    graded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (part_id, worker_id)
);

-- W4.2 theory exams: one row per attempt, the drawn paper kept on the server.
CREATE TABLE training.exam_attempt (
    id           UUID                     PRIMARY KEY,
    course_id    UUID                     NOT NULL REFERENCES training.course (id),
    worker_id    UUID                     NOT NULL,
    attempt_no   INT                      NOT NULL,
    question_ids VARCHAR(4000)            NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline     TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(16)              NOT NULL CHECK (status IN ('OPEN', 'SUBMITTED', 'LATE')),
    submitted_at TIMESTAMP WITH TIME ZONE,
    correct      INT,
    score        INT,
    passed       BOOLEAN,
    UNIQUE (course_id, worker_id, attempt_no)
);

-- W4.2 training certificates (培训合格证) and the badge each carries.
CREATE TABLE training.certificate (
    number       VARCHAR(40)              PRIMARY KEY,
    course_id    UUID                     NOT NULL REFERENCES training.course (id),
    worker_id    UUID                     NOT NULL,
    badge_code   VARCHAR(48)              NOT NULL,
    badge_label  VARCHAR(30)              NOT NULL,
    issued_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until  DATE                     NOT NULL,
    expiry_noted VARCHAR(16)              NOT NULL DEFAULT 'NONE' CHECK (expiry_noted IN ('NONE', 'EXPIRING', 'EXPIRED'))
);
CREATE INDEX certificate_worker_idx ON training.certificate (worker_id, course_id);
CREATE INDEX certificate_expiry_idx ON training.certificate (valid_until, expiry_noted);
