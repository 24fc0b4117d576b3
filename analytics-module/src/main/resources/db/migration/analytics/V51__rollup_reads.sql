-- Reads across a whole city and every item: a daily rollup's primary key starts with the day, so "all items,
-- all skills" walked every item and skill row of the period; these indexes make it one range of days per
-- (skill, item) (and keep the item rows of one skill together for the item mix).
CREATE INDEX order_day_read ON analytics.order_day (skill, item_code, on_day);
CREATE INDEX loss_day_read ON analytics.loss_day (skill, item_code, on_day);
CREATE INDEX done_day_read ON analytics.done_day (skill, item_code, on_day);
CREATE INDEX complaint_day_read ON analytics.complaint_day (skill, item_code, on_day);
CREATE INDEX review_day_read ON analytics.review_day (skill, item_code, on_day);
CREATE INDEX word_day_read ON analytics.word_day (skill, item_code, on_day);
CREATE INDEX quote_day_read ON analytics.quote_day (item_code, on_day);

-- Figures that count distinct customers do not add up across days or months, so they are kept for whole
-- spans: each calendar month and each calendar year, [from_month, until_month) in the months' numbering.
-- Region is '*', a district or a city, as in cohort_month. A span is listed in span_done once computed;
-- an insight reads a span only when its period is exactly that span and none of its days is dirty, and
-- reads the facts otherwise. A refresh recomputes the spans of the months it refreshes.
CREATE TABLE analytics.span_done (
    from_month  INT NOT NULL,
    until_month INT NOT NULL,
    PRIMARY KEY (from_month, until_month)
);

-- Per worker: the orders completed in the span (checked in, on time, reviewed and their stars), the distinct
-- customers of those orders and those with two or more of them, and the complaints filed in the span (by the
-- complaint's region), so that a year of a city reads one row per worker.
CREATE TABLE analytics.worker_span (
    from_month       INT NOT NULL,
    until_month      INT NOT NULL,
    region           VARCHAR(6) NOT NULL,
    worker_id        UUID NOT NULL,
    completed        BIGINT NOT NULL,
    checked_in       BIGINT NOT NULL,
    on_time          BIGINT NOT NULL,
    reviews          BIGINT NOT NULL,
    stars            BIGINT NOT NULL,
    customers        BIGINT NOT NULL,
    repeat_customers BIGINT NOT NULL,
    complaints       BIGINT NOT NULL,
    PRIMARY KEY (from_month, until_month, region, worker_id)
);

-- The customer profile of orders submitted in the span: facet ALL (key ''), DISTRICT (customers per
-- district, 'null' unknown), YEAR (customers per birth year, 'null' unknown), FREQ (customers per band of
-- orders placed), ITEM (customers per item) and HOUR (orders per start hour).
CREATE TABLE analytics.profile_span (
    from_month  INT NOT NULL,
    until_month INT NOT NULL,
    region      VARCHAR(6) NOT NULL,
    facet       VARCHAR(8) NOT NULL,
    facet_key   VARCHAR(64) NOT NULL,
    n           BIGINT NOT NULL,
    PRIMARY KEY (from_month, until_month, region, facet, facet_key)
);

-- What the customers' birth years were when the profile's YEAR facets were computed (their count and sums,
-- with those of the times they were set, which only grow): a birth year changes without touching an order,
-- so the profile reads its spans only while the customers' birth years still match this print, and the
-- next refresh recomputes the YEAR facets when they do not.
CREATE TABLE analytics.birth_print (
    id    INT PRIMARY KEY,
    print VARCHAR(200) NOT NULL
);
-- The print reads this index alone, not the customers' rows.
CREATE INDEX customer_dim_birth ON analytics.customer_dim (birth_year, birth_year_at);

-- A store refreshed before the spans existed: every day it knows is dirty again, so the next refresh
-- computes the spans of every month and year (until then the facts answer).
INSERT INTO analytics.dirty_day (on_day, in_month)
SELECT d, EXTRACT(YEAR FROM d) * 12 + EXTRACT(MONTH FROM d) - 1 FROM (
    SELECT submitted_day d FROM analytics.order_fact WHERE submitted_day IS NOT NULL
    UNION SELECT completed_day FROM analytics.order_fact WHERE completed_day IS NOT NULL
    UNION SELECT quoted_day FROM analytics.quote_fact
    UNION SELECT review_day FROM analytics.review_fact
    UNION SELECT filed_day FROM analytics.complaint_fact WHERE filed_day IS NOT NULL) t
WHERE NOT EXISTS (SELECT 1 FROM analytics.dirty_day x WHERE x.on_day = t.d);
