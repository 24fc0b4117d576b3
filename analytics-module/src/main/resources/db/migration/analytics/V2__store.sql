-- The analytical store: facts per order, quote, review and complaint; dimensions for customers and workers.
-- Days are local dates in Asia/Shanghai; months are counted as year * 12 + month - 1 so cohorts subtract.
-- Fed only by the other modules' published events (or their read ports when rebuilt); no other module reads it.

CREATE TABLE analytics.processed_event (
    event_key    VARCHAR(200) PRIMARY KEY,
    processed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE analytics.order_fact (
    order_id       UUID PRIMARY KEY,
    customer_id    UUID,
    worker_id      UUID,
    district_code  VARCHAR(6),
    city_code      VARCHAR(6),
    starts_at      TIMESTAMP WITH TIME ZONE,
    total_fen      BIGINT,
    total_rank     INT NOT NULL DEFAULT 0,
    discount_fen   BIGINT NOT NULL DEFAULT 0,
    add_ons_fen    BIGINT NOT NULL DEFAULT 0,
    paid_fen       BIGINT NOT NULL DEFAULT 0,
    submitted_at   TIMESTAMP WITH TIME ZONE,
    submitted_day  DATE,
    submitted_month INT,
    start_hour     INT,
    accepted_at    TIMESTAMP WITH TIME ZONE,
    paid_at        TIMESTAMP WITH TIME ZONE,
    checked_in_at  TIMESTAMP WITH TIME ZONE,
    completed_at   TIMESTAMP WITH TIME ZONE,
    completed_day  DATE,
    cancelled_at   TIMESTAMP WITH TIME ZONE,
    cancel_actor   VARCHAR(16),
    cancel_reason  VARCHAR(100)
);
CREATE INDEX order_fact_submitted ON analytics.order_fact (submitted_day, district_code);
CREATE INDEX order_fact_completed ON analytics.order_fact (completed_day, district_code);
CREATE INDEX order_fact_customer ON analytics.order_fact (customer_id, submitted_month);
CREATE INDEX order_fact_worker ON analytics.order_fact (worker_id, completed_day);

CREATE TABLE analytics.order_item (
    order_id  UUID NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (order_id, item_code)
);
CREATE INDEX order_item_item ON analytics.order_item (item_code, order_id);

CREATE TABLE analytics.quote_fact (
    quote_id      UUID PRIMARY KEY,
    customer_id   UUID,
    district_code VARCHAR(6) NOT NULL,
    city_code     VARCHAR(6) NOT NULL,
    item_codes    VARCHAR(1000) NOT NULL,
    total_fen     BIGINT NOT NULL,
    discount_fen  BIGINT NOT NULL,
    quoted_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    quoted_day    DATE NOT NULL
);
CREATE INDEX quote_fact_day ON analytics.quote_fact (quoted_day, district_code);

CREATE TABLE analytics.review_fact (
    order_id    UUID PRIMARY KEY,
    customer_id UUID NOT NULL,
    worker_id   UUID NOT NULL,
    attitude    INT NOT NULL,
    skill       INT NOT NULL,
    efficiency  INT NOT NULL,
    punctuality INT NOT NULL,
    overall     INT NOT NULL,
    review_text VARCHAR(1000) NOT NULL,
    hidden      BOOLEAN NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    review_day  DATE NOT NULL
);
CREATE INDEX review_fact_day ON analytics.review_fact (review_day);
CREATE INDEX review_fact_worker ON analytics.review_fact (worker_id);

-- The words of a low-star review's text (overall at most 2 stars), segmented when the review arrives.
CREATE TABLE analytics.review_word (
    order_id UUID NOT NULL,
    word     VARCHAR(40) NOT NULL,
    hits     INT NOT NULL,
    PRIMARY KEY (order_id, word)
);

CREATE TABLE analytics.complaint_fact (
    complaint_id   UUID PRIMARY KEY,
    order_id       UUID NOT NULL,
    customer_id    UUID,
    worker_id      UUID,
    category       VARCHAR(32),
    district_code  VARCHAR(6),
    city_code      VARCHAR(6),
    filed_at       TIMESTAMP WITH TIME ZONE,
    filed_day      DATE,
    resolved_at    TIMESTAMP WITH TIME ZONE,
    outcome        VARCHAR(32),
    worker_at_fault BOOLEAN,
    refund_fen     BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX complaint_fact_day ON analytics.complaint_fact (filed_day, district_code);
CREATE INDEX complaint_fact_order ON analytics.complaint_fact (order_id);

CREATE TABLE analytics.customer_dim (
    customer_id   UUID PRIMARY KEY,
    registered_at TIMESTAMP WITH TIME ZONE,
    birth_year    INT,
    birth_year_at TIMESTAMP WITH TIME ZONE,
    first_month   INT
);
CREATE INDEX customer_dim_cohort ON analytics.customer_dim (first_month);

CREATE TABLE analytics.worker_dim (
    worker_id        UUID PRIMARY KEY,
    certified_at     TIMESTAMP WITH TIME ZONE,
    experience_years INT NOT NULL DEFAULT 0,
    district_code    VARCHAR(6),
    penalties        INT NOT NULL DEFAULT 0
);

CREATE TABLE analytics.worker_skill (
    worker_id UUID NOT NULL,
    skill     VARCHAR(32) NOT NULL,
    PRIMARY KEY (worker_id, skill)
);
CREATE INDEX worker_skill_skill ON analytics.worker_skill (skill, worker_id);
