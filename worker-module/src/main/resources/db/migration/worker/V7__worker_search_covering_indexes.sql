-- Every column a search filters on, after the columns each index is read by. Walking an index in a page's
-- order, counting a slice's matches or reading a bounding box then tests each entry's filters in the index
-- itself: neither database has to look up the row of each entry it passes over (on H2 that lookup cost
-- about twice the rest of reading an entry). Same names, same leading columns: only columns are added.
DROP INDEX worker.search_entry_by_rating_idx;
DROP INDEX worker.search_entry_by_experience_idx;
DROP INDEX worker.search_entry_by_price_asc_idx;
DROP INDEX worker.search_entry_by_price_desc_idx;
DROP INDEX worker.search_entry_by_home_idx;

CREATE INDEX search_entry_by_rating_idx ON worker.search_entry
    (skill, district_code, rating_tenths DESC, rating_count DESC, worker_id, visible_from, experience_years,
     hourly_rate_fen, gender, health_until, housekeeper_until, maternity_nurse_until, childcare_until,
     elderly_care_until, nursing_assistant_until, real_name, name_pinyin, name_initials);
CREATE INDEX search_entry_by_experience_idx ON worker.search_entry
    (skill, district_code, experience_years DESC, rating_tenths DESC, rating_count DESC, worker_id, visible_from,
     hourly_rate_fen, gender, health_until, housekeeper_until, maternity_nurse_until, childcare_until,
     elderly_care_until, nursing_assistant_until, real_name, name_pinyin, name_initials);
CREATE INDEX search_entry_by_price_asc_idx ON worker.search_entry
    (skill, district_code, hourly_rate_fen ASC NULLS LAST, rating_tenths DESC, rating_count DESC, worker_id,
     visible_from, experience_years, gender, health_until, housekeeper_until, maternity_nurse_until,
     childcare_until, elderly_care_until, nursing_assistant_until, real_name, name_pinyin, name_initials);
CREATE INDEX search_entry_by_price_desc_idx ON worker.search_entry
    (skill, district_code, hourly_rate_fen DESC NULLS LAST, rating_tenths DESC, rating_count DESC, worker_id,
     visible_from, experience_years, gender, health_until, housekeeper_until, maternity_nurse_until,
     childcare_until, elderly_care_until, nursing_assistant_until, real_name, name_pinyin, name_initials);
CREATE INDEX search_entry_by_home_idx ON worker.search_entry
    (home_band, skill, district_code, home_longitude, home_latitude, visible_from, rating_tenths, rating_count,
     experience_years, hourly_rate_fen, worker_id, gender, health_until, housekeeper_until, maternity_nurse_until,
     childcare_until, elderly_care_until, nursing_assistant_until, real_name, name_pinyin, name_initials);
