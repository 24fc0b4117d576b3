-- Worker search (C3.1, C3.2) reads a table of its own: one row per searchable worker per skill they offer
-- and per district they serve, plus rows with skill '' (any skill) and district '' (any district), so that
-- every search's skill and district filters are equalities on the leading columns of its indexes. The next
-- columns of each index are the order results are shown in, so the first page of a search is read in that
-- order straight from the index and the reading stops as soon as the page is full; no database has to
-- choose between a filter's index and the order's.
--
-- Only approved workers who are active or suspended until a known time have rows. Everything a filter
-- reads is copied here: visible_from (the end of a suspension) and the certificates' last valid days are
-- compared with the time of the search, since both change by the clock alone. The rows of a worker are
-- written again, in the same transaction, by every change to the worker, their skills, districts or
-- certificates (SearchEntries.refresh).
CREATE TABLE worker.search_entry
(
    skill                   VARCHAR(32)              NOT NULL,
    district_code           VARCHAR(6)               NOT NULL,
    worker_id               UUID                     NOT NULL REFERENCES worker.worker (account_id),
    visible_from            TIMESTAMP WITH TIME ZONE,
    real_name               VARCHAR(32),
    name_pinyin             VARCHAR(128),
    name_initials           VARCHAR(32),
    gender                  VARCHAR(6),
    experience_years        INT                      NOT NULL,
    rating_tenths           INT                      NOT NULL,
    rating_count            INT                      NOT NULL,
    hourly_rate_fen         BIGINT,
    home_latitude           DOUBLE PRECISION,
    home_longitude          DOUBLE PRECISION,
    -- FLOOR(home_latitude * 100): strips of about 1.1 km, so that a bounding box is read strip by strip,
    -- each strip as one range of longitudes.
    home_band               INT,
    -- The last day a certificate of each type is valid; 9999-12-31 for one without end, NULL for none.
    housekeeper_until       DATE,
    maternity_nurse_until   DATE,
    childcare_until         DATE,
    elderly_care_until      DATE,
    health_until            DATE,
    nursing_assistant_until DATE,
    PRIMARY KEY (skill, district_code, worker_id)
);
CREATE INDEX search_entry_by_rating_idx ON worker.search_entry
    (skill, district_code, rating_tenths DESC, rating_count DESC, worker_id);
CREATE INDEX search_entry_by_experience_idx ON worker.search_entry
    (skill, district_code, experience_years DESC, rating_tenths DESC, rating_count DESC, worker_id);
CREATE INDEX search_entry_by_price_asc_idx ON worker.search_entry
    (skill, district_code, hourly_rate_fen ASC NULLS LAST, rating_tenths DESC, rating_count DESC, worker_id);
CREATE INDEX search_entry_by_price_desc_idx ON worker.search_entry
    (skill, district_code, hourly_rate_fen DESC NULLS LAST, rating_tenths DESC, rating_count DESC, worker_id);
-- The bounding box of a search by distance, strip by strip, with every column the box's candidates are
-- sorted by. The strip comes first: were the slice's columns first, H2 would take this index, which holds
-- every column a page reads, for a page in another order and sort the whole slice.
CREATE INDEX search_entry_by_home_idx ON worker.search_entry
    (home_band, skill, district_code, home_longitude, home_latitude, visible_from, rating_tenths, rating_count,
     experience_years, hourly_rate_fen, worker_id);
CREATE INDEX search_entry_by_worker_idx ON worker.search_entry (worker_id);

INSERT INTO worker.search_entry (skill, district_code, worker_id, visible_from, real_name, name_pinyin, name_initials,
                                 gender, experience_years, rating_tenths, rating_count, hourly_rate_fen, home_latitude,
                                 home_longitude, home_band, housekeeper_until, maternity_nurse_until, childcare_until,
                                 elderly_care_until, health_until, nursing_assistant_until)
SELECT s.skill, d.district_code, w.account_id,
       CASE WHEN w.standing = 'SUSPENDED' THEN w.suspended_until END,
       w.real_name, w.name_pinyin, w.name_initials, w.gender, w.experience_years, w.rating_tenths, w.rating_count,
       w.hourly_rate_fen, w.home_latitude, w.home_longitude, CAST(FLOOR(w.home_latitude * 100) AS INT),
       c.housekeeper_until, c.maternity_nurse_until, c.childcare_until, c.elderly_care_until, c.health_until,
       c.nursing_assistant_until
FROM worker.worker w
         JOIN (SELECT worker_id, skill FROM worker.worker_skill
               UNION ALL SELECT account_id, '' FROM worker.worker) s ON s.worker_id = w.account_id
         JOIN (SELECT worker_id, district_code FROM worker.worker_district
               UNION ALL SELECT account_id, '' FROM worker.worker) d ON d.worker_id = w.account_id
         LEFT JOIN (SELECT worker_id,
                           MAX(CASE WHEN type = 'HOUSEKEEPER' THEN COALESCE(valid_until, DATE '9999-12-31') END) AS housekeeper_until,
                           MAX(CASE WHEN type = 'MATERNITY_NURSE' THEN COALESCE(valid_until, DATE '9999-12-31') END) AS maternity_nurse_until,
                           MAX(CASE WHEN type = 'CHILDCARE' THEN COALESCE(valid_until, DATE '9999-12-31') END) AS childcare_until,
                           MAX(CASE WHEN type = 'ELDERLY_CARE' THEN COALESCE(valid_until, DATE '9999-12-31') END) AS elderly_care_until,
                           MAX(CASE WHEN type = 'HEALTH' THEN COALESCE(valid_until, DATE '9999-12-31') END) AS health_until,
                           MAX(CASE WHEN type = 'NURSING_ASSISTANT' THEN COALESCE(valid_until, DATE '9999-12-31') END) AS nursing_assistant_until
                    FROM worker.certificate
                    GROUP BY worker_id) c ON c.worker_id = w.account_id
WHERE w.certification = 'APPROVED'
  AND (w.standing = 'ACTIVE' OR (w.standing = 'SUSPENDED' AND w.suspended_until IS NOT NULL));

-- Search no longer reads worker.worker by these.
DROP INDEX worker.worker_by_rating_idx;
DROP INDEX worker.worker_by_experience_idx;
DROP INDEX worker.worker_by_price_asc_idx;
DROP INDEX worker.worker_by_price_desc_idx;
DROP INDEX worker.worker_by_home_idx;
