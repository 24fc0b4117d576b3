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

-- Per worker: distinct customers of the orders completed in the span, and those with two or more of them.
CREATE TABLE analytics.worker_span (
    from_month       INT NOT NULL,
    until_month      INT NOT NULL,
    region           VARCHAR(6) NOT NULL,
    worker_id        UUID NOT NULL,
    customers        BIGINT NOT NULL,
    repeat_customers BIGINT NOT NULL,
    PRIMARY KEY (from_month, until_month, region, worker_id)
);

-- The customer profile of orders submitted in the span: facet ALL (key ''), DISTRICT (customers per
-- district, 'null' unknown), FREQ (customers per band of orders placed), ITEM (customers per item) and
-- HOUR (orders per start hour).
CREATE TABLE analytics.profile_span (
    from_month  INT NOT NULL,
    until_month INT NOT NULL,
    region      VARCHAR(6) NOT NULL,
    facet       VARCHAR(8) NOT NULL,
    facet_key   VARCHAR(64) NOT NULL,
    n           BIGINT NOT NULL,
    PRIMARY KEY (from_month, until_month, region, facet, facet_key)
);

-- The customers who ordered in the span, so that their birth year (which changes without touching an
-- order) is joined when asked.
CREATE TABLE analytics.customer_span (
    from_month  INT NOT NULL,
    until_month INT NOT NULL,
    region      VARCHAR(6) NOT NULL,
    customer_id UUID NOT NULL,
    PRIMARY KEY (from_month, until_month, region, customer_id)
);
