-- The directory of areas the platform serves: administrative regions (GB/T 2260 codes) and the
-- residential communities (小区) inside districts.
CREATE TABLE worker.region
(
    code        VARCHAR(6)  NOT NULL PRIMARY KEY,
    name        VARCHAR(32) NOT NULL,
    level       VARCHAR(10) NOT NULL CHECK (level IN ('PROVINCE', 'CITY', 'DISTRICT')),
    parent_code VARCHAR(6) REFERENCES worker.region (code),
    served      BOOLEAN     NOT NULL DEFAULT FALSE
);
CREATE INDEX region_by_parent_idx ON worker.region (parent_code);

CREATE TABLE worker.community
(
    id            UUID                     NOT NULL PRIMARY KEY,
    district_code VARCHAR(6)               NOT NULL REFERENCES worker.region (code),
    name          VARCHAR(64)              NOT NULL,
    latitude      DOUBLE PRECISION         NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude     DOUBLE PRECISION         NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT community_name_per_district_uk UNIQUE (district_code, name)
);
CREATE INDEX community_by_location_idx ON worker.community (latitude, longitude);
