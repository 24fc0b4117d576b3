-- The store's read side: rollups kept beside the detail facts, which stay the truth (a rebuild and the
-- periods a rollup does not cover read them). A write to the facts marks the local days it touches in
-- dirty_day; a refresh recomputes the rollups of the dirty days (and of their months) from the facts and
-- clears the marks. Until then the insights read those days from the facts, so no answer is ever stale.
-- Dimensions: district_code and city_code ('' unknown); item_code and skill are '*' on the row that counts
-- every order once, and one row per item of the order and per skill of its worker besides.

CREATE TABLE analytics.dirty_day (
    on_day   DATE PRIMARY KEY,
    in_month INT NOT NULL
);

CREATE TABLE analytics.quote_item (
    quote_id  UUID NOT NULL,
    item_code VARCHAR(64) NOT NULL,
    PRIMARY KEY (quote_id, item_code)
);

-- Orders by the day they were submitted: the funnel's steps, demand and item mix.
CREATE TABLE analytics.order_day (
    on_day           DATE NOT NULL,
    district_code VARCHAR(6) NOT NULL,
    city_code     VARCHAR(6) NOT NULL,
    item_code     VARCHAR(64) NOT NULL,
    skill         VARCHAR(32) NOT NULL,
    orders        BIGINT NOT NULL,
    accepted      BIGINT NOT NULL,
    paid          BIGINT NOT NULL,
    completed     BIGINT NOT NULL,
    open_orders   BIGINT NOT NULL,
    amount_fen    BIGINT NOT NULL,
    discount_fen  BIGINT NOT NULL,
    PRIMARY KEY (on_day, item_code, skill, district_code)
);

-- Orders submitted that day, lost (cancelled, never completed), by who cancelled and why ('' unknown).
CREATE TABLE analytics.loss_day (
    on_day           DATE NOT NULL,
    district_code VARCHAR(6) NOT NULL,
    city_code     VARCHAR(6) NOT NULL,
    item_code     VARCHAR(64) NOT NULL,
    skill         VARCHAR(32) NOT NULL,
    actor         VARCHAR(16) NOT NULL,
    reason        VARCHAR(100) NOT NULL,
    orders        BIGINT NOT NULL,
    PRIMARY KEY (on_day, item_code, skill, district_code, actor, reason)
);

CREATE TABLE analytics.quote_day (
    on_day           DATE NOT NULL,
    district_code VARCHAR(6) NOT NULL,
    city_code     VARCHAR(6) NOT NULL,
    item_code     VARCHAR(64) NOT NULL,
    quotes        BIGINT NOT NULL,
    PRIMARY KEY (on_day, item_code, district_code)
);

-- Orders completed that day and complaints filed that day (the complaint's district, its order's items).
CREATE TABLE analytics.done_day (
    on_day           DATE NOT NULL,
    district_code VARCHAR(6) NOT NULL,
    city_code     VARCHAR(6) NOT NULL,
    item_code     VARCHAR(64) NOT NULL,
    skill         VARCHAR(32) NOT NULL,
    completed     BIGINT NOT NULL,
    PRIMARY KEY (on_day, item_code, skill, district_code)
);

CREATE TABLE analytics.complaint_day (
    on_day           DATE NOT NULL,
    district_code VARCHAR(6) NOT NULL,
    city_code     VARCHAR(6) NOT NULL,
    item_code     VARCHAR(64) NOT NULL,
    skill         VARCHAR(32) NOT NULL,
    complaints    BIGINT NOT NULL,
    PRIMARY KEY (on_day, item_code, skill, district_code)
);

-- Visible reviews by the day they were written, with their order's district, items and worker's skills.
CREATE TABLE analytics.review_day (
    on_day           DATE NOT NULL,
    district_code VARCHAR(6) NOT NULL,
    city_code     VARCHAR(6) NOT NULL,
    item_code     VARCHAR(64) NOT NULL,
    skill         VARCHAR(32) NOT NULL,
    reviews       BIGINT NOT NULL,
    attitude      BIGINT NOT NULL,
    skill_stars   BIGINT NOT NULL,
    efficiency    BIGINT NOT NULL,
    punctuality   BIGINT NOT NULL,
    overall       BIGINT NOT NULL,
    low_star      BIGINT NOT NULL,
    PRIMARY KEY (on_day, item_code, skill, district_code)
);

CREATE TABLE analytics.word_day (
    on_day           DATE NOT NULL,
    district_code VARCHAR(6) NOT NULL,
    city_code     VARCHAR(6) NOT NULL,
    item_code     VARCHAR(64) NOT NULL,
    skill         VARCHAR(32) NOT NULL,
    word          VARCHAR(40) NOT NULL,
    reviews       BIGINT NOT NULL,
    hits          BIGINT NOT NULL,
    PRIMARY KEY (on_day, item_code, skill, district_code, word)
);

-- Per worker and month (of completion; of filing for complaints), by the order's district and item.
CREATE TABLE analytics.worker_month (
    in_month         INT NOT NULL,
    worker_id     UUID NOT NULL,
    district_code VARCHAR(6) NOT NULL,
    city_code     VARCHAR(6) NOT NULL,
    item_code     VARCHAR(64) NOT NULL,
    completed     BIGINT NOT NULL,
    checked_in    BIGINT NOT NULL,
    on_time       BIGINT NOT NULL,
    reviews       BIGINT NOT NULL,
    stars         BIGINT NOT NULL,
    PRIMARY KEY (in_month, item_code, district_code, worker_id)
);

CREATE TABLE analytics.worker_complaint_month (
    in_month         INT NOT NULL,
    worker_id     UUID NOT NULL,
    district_code VARCHAR(6) NOT NULL,
    city_code     VARCHAR(6) NOT NULL,
    item_code     VARCHAR(64) NOT NULL,
    complaints    BIGINT NOT NULL,
    PRIMARY KEY (in_month, item_code, district_code, worker_id)
);

-- Customers of a cohort (month of their first order) who ordered in a month; region is '*', a district or a
-- city, so that a customer ordering in two districts counts once for the city.
CREATE TABLE analytics.cohort_month (
    in_month       INT NOT NULL,
    first_month INT NOT NULL,
    region      VARCHAR(6) NOT NULL,
    item_code   VARCHAR(64) NOT NULL,
    skill       VARCHAR(32) NOT NULL,
    customers   BIGINT NOT NULL,
    PRIMARY KEY (in_month, item_code, skill, region, first_month)
);


-- A store kept before the rollups existed: every day it knows is dirty until the first refresh.
INSERT INTO analytics.dirty_day (on_day, in_month)
SELECT d, EXTRACT(YEAR FROM d) * 12 + EXTRACT(MONTH FROM d) - 1 FROM (
    SELECT submitted_day d FROM analytics.order_fact WHERE submitted_day IS NOT NULL
    UNION SELECT completed_day FROM analytics.order_fact WHERE completed_day IS NOT NULL
    UNION SELECT quoted_day FROM analytics.quote_fact
    UNION SELECT review_day FROM analytics.review_fact
    UNION SELECT filed_day FROM analytics.complaint_fact WHERE filed_day IS NOT NULL) t;
