-- Worker search (C3.1, C3.2).
-- One index per order results are shown in, each ending with the query's tie-breakers, so that the first
-- few thousand workers in that order are read straight from the index: a broad search finds its page
-- among them without sorting every match.
CREATE INDEX worker_by_rating_idx ON worker.worker (rating_tenths DESC, rating_count DESC, account_id);
CREATE INDEX worker_by_experience_idx ON worker.worker (experience_years DESC, rating_tenths DESC, rating_count DESC, account_id);
CREATE INDEX worker_by_price_asc_idx ON worker.worker (hourly_rate_fen ASC NULLS LAST, rating_tenths DESC, rating_count DESC, account_id);
CREATE INDEX worker_by_price_desc_idx ON worker.worker (hourly_rate_fen DESC NULLS LAST, rating_tenths DESC, rating_count DESC, account_id);
-- The bounding box of a search by distance.
CREATE INDEX worker_by_home_idx ON worker.worker (home_latitude, home_longitude);
