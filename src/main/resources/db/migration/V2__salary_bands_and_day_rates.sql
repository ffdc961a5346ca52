-- Pay reference data. Money is whole pounds sterling; bands are per year, day rates per day.

CREATE TABLE salary_band (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_id      bigint  NOT NULL REFERENCES role (id),
    level_id     bigint  NOT NULL,
    region_id    bigint  NOT NULL REFERENCES region (id),
    min_gbp      integer NOT NULL CHECK (min_gbp BETWEEN 1000 AND 10000000),
    max_gbp      integer NOT NULL CHECK (max_gbp BETWEEN 1000 AND 10000000),
    -- the published top is a floor, shown as "£200,000+"
    open_ended   boolean NOT NULL DEFAULT false,
    source       varchar(300) NOT NULL CHECK (btrim(source) <> ''),
    as_of_year   integer NOT NULL CHECK (as_of_year BETWEEN 2000 AND 2100),
    reviewed_at  timestamptz NOT NULL DEFAULT now(),
    version      integer NOT NULL DEFAULT 0,
    FOREIGN KEY (role_id, level_id) REFERENCES level (role_id, id),
    UNIQUE (level_id, region_id),
    CHECK (min_gbp <= max_gbp)
);
CREATE INDEX salary_band_role_idx ON salary_band (role_id);
CREATE INDEX salary_band_region_idx ON salary_band (region_id);

-- Contract day rates. Either a range, a median, or both; a missing region means UK-wide.
CREATE TABLE day_rate (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_id     bigint  NOT NULL REFERENCES role (id),
    region_id   bigint REFERENCES region (id),
    min_gbp     integer CHECK (min_gbp BETWEEN 50 AND 10000),
    max_gbp     integer CHECK (max_gbp BETWEEN 50 AND 10000),
    median_gbp  integer CHECK (median_gbp BETWEEN 50 AND 10000),
    source      varchar(300) NOT NULL CHECK (btrim(source) <> ''),
    as_of_year  integer NOT NULL CHECK (as_of_year BETWEEN 2000 AND 2100),
    CHECK ((min_gbp IS NULL) = (max_gbp IS NULL)),
    CHECK (min_gbp IS NOT NULL OR median_gbp IS NOT NULL),
    CHECK (min_gbp IS NULL OR min_gbp <= max_gbp),
    CHECK (median_gbp IS NULL OR min_gbp IS NULL OR median_gbp BETWEEN min_gbp AND max_gbp)
);
CREATE UNIQUE INDEX day_rate_role_region_key ON day_rate (role_id, COALESCE(region_id, 0));

-- Market-wide salary figures that are not tied to a level: a median, and a typical range.
CREATE TABLE market_salary (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_id     bigint  NOT NULL REFERENCES role (id),
    region_id   bigint REFERENCES region (id),
    median_gbp  integer NOT NULL CHECK (median_gbp BETWEEN 1000 AND 10000000),
    range_min_gbp integer CHECK (range_min_gbp BETWEEN 1000 AND 10000000),
    range_max_gbp integer CHECK (range_max_gbp BETWEEN 1000 AND 10000000),
    source      varchar(300) NOT NULL CHECK (btrim(source) <> ''),
    as_of_year  integer NOT NULL CHECK (as_of_year BETWEEN 2000 AND 2100),
    CHECK ((range_min_gbp IS NULL) = (range_max_gbp IS NULL)),
    CHECK (range_min_gbp IS NULL OR median_gbp BETWEEN range_min_gbp AND range_max_gbp)
);
CREATE UNIQUE INDEX market_salary_role_region_key ON market_salary (role_id, COALESCE(region_id, 0));
