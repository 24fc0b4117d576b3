-- Batched ingestion, views, and a rebuild that fills a copy while the live store keeps answering.

-- The batch that first noted an event's key: a batch notes all its keys in one statement and then reads back
-- which ones are its own (a key another batch noted first keeps that batch's id and is not applied again).
ALTER TABLE analytics.processed_event ADD COLUMN batch_id UUID;
CREATE INDEX processed_event_batch ON analytics.processed_event (batch_id);

-- Views of an item's page or of an order's detail: the funnel's step before the quote. A view is a statistic,
-- recorded at most once (see the README: a view can be lost in a crash, never counted twice).
CREATE TABLE analytics.view_fact (
    view_id       UUID PRIMARY KEY,
    kind          VARCHAR(8) NOT NULL,
    order_id      UUID,
    customer_id   UUID,
    district_code VARCHAR(6),
    city_code     VARCHAR(6),
    viewed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    viewed_day    DATE NOT NULL
);
CREATE INDEX view_fact_day ON analytics.view_fact (viewed_day, kind, district_code);

-- The item viewed (its page), or each item of the order viewed.
CREATE TABLE analytics.view_item (
    view_id   UUID NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (view_id, item_code)
);
CREATE INDEX view_item_item ON analytics.view_item (item_code, view_id);

-- A rebuild in progress: while a row is RUNNING every ingested batch writes to the copy as well as to the live
-- store, holding the row's lock until it commits; the swap takes the same lock, so no batch falls between.
CREATE TABLE analytics.rebuild_run (
    run_id      UUID PRIMARY KEY,
    state       VARCHAR(10) NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE,
    live_events BIGINT NOT NULL DEFAULT 0,
    -- 1 while the run is RUNNING, else NULL: the unique key lets one run at a time fill the copy.
    running     SMALLINT,
    CONSTRAINT rebuild_run_one_running UNIQUE (running)
);

-- The copy a rebuild fills: the facts the modules' api tell again (orders, reviews, complaints, quotes) and
-- what the swap merges into the live dimensions (each customer's first month, the workers' profiles). Views are
-- kept only by this store (nobody else keeps them): the swap leaves them as they are.
CREATE SCHEMA IF NOT EXISTS analytics_rebuild;

CREATE TABLE analytics_rebuild.order_fact (
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

CREATE TABLE analytics_rebuild.order_item (
    order_id  UUID NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (order_id, item_code)
);



CREATE TABLE analytics_rebuild.review_fact (
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

CREATE TABLE analytics_rebuild.review_word (
    order_id UUID NOT NULL,
    word     VARCHAR(40) NOT NULL,
    hits     INT NOT NULL,
    PRIMARY KEY (order_id, word)
);

CREATE TABLE analytics_rebuild.complaint_fact (
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

CREATE TABLE analytics_rebuild.customer_dim (
    customer_id   UUID PRIMARY KEY,
    registered_at TIMESTAMP WITH TIME ZONE,
    birth_year    INT,
    birth_year_at TIMESTAMP WITH TIME ZONE,
    first_month   INT
);

CREATE TABLE analytics_rebuild.worker_dim (
    worker_id        UUID PRIMARY KEY,
    certified_at     TIMESTAMP WITH TIME ZONE,
    experience_years INT NOT NULL DEFAULT 0,
    district_code    VARCHAR(6),
    penalties        INT NOT NULL DEFAULT 0
);

CREATE TABLE analytics_rebuild.worker_skill (
    worker_id UUID NOT NULL,
    skill     VARCHAR(32) NOT NULL,
    PRIMARY KEY (worker_id, skill)
);

CREATE TABLE analytics_rebuild.quote_fact (
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

CREATE TABLE analytics_rebuild.quote_item (
    quote_id  UUID NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (quote_id, item_code)
);
