-- The axes every other table hangs off: which role, at what level, where in the UK.
-- Slugs appear in URLs and query parameters, so every slug column is checked to be URL-safe
-- lowercase words joined by hyphens.

CREATE TABLE role (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug            varchar(80)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title           varchar(120) NOT NULL CHECK (btrim(title) <> ''),
    tagline         varchar(300) NOT NULL CHECK (btrim(tagline) <> ''),
    summary         text         NOT NULL CHECK (btrim(summary) <> ''),
    -- the published source the guide's figures come from, and how current it says it is
    source_title    varchar(200) NOT NULL,
    source_updated  varchar(40)  NOT NULL,
    typical_tenure_months integer CHECK (typical_tenure_months BETWEEN 1 AND 600),
    position        integer      NOT NULL UNIQUE CHECK (position >= 0)
);

CREATE TABLE region (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug      varchar(80)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name      varchar(80)  NOT NULL UNIQUE,
    position  integer     NOT NULL UNIQUE CHECK (position >= 0)
);

-- Seniority levels of one role, in order. Experience as the salary table publishes it;
-- an open top ("8+ years") has no maximum.
CREATE TABLE level (
    id                    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_id               bigint       NOT NULL REFERENCES role (id),
    slug                  varchar(80)  NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title                 varchar(120) NOT NULL CHECK (btrim(title) <> ''),
    position              integer      NOT NULL CHECK (position >= 0),
    experience_min_years  integer CHECK (experience_min_years >= 0),
    experience_max_years  integer,
    UNIQUE (role_id, slug),
    UNIQUE (role_id, position),
    -- lets child tables prove that a level belongs to the role they name
    UNIQUE (role_id, id),
    CHECK (experience_max_years IS NULL OR experience_min_years IS NOT NULL),
    CHECK (experience_max_years IS NULL OR experience_max_years > experience_min_years)
);

-- Towns where employers hire; a UK town belongs to a region, a town abroad has none.
CREATE TABLE town (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug       varchar(80)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name       varchar(80)  NOT NULL UNIQUE,
    country    varchar(2)  NOT NULL DEFAULT 'GB' CHECK (country ~ '^[A-Z]{2}$'),
    region_id  bigint REFERENCES region (id),
    CHECK ((country = 'GB') = (region_id IS NOT NULL))
);
CREATE INDEX town_region_idx ON town (region_id);
