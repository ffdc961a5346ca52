-- Employers known to hire for the roles, the sectors they sit in, and where the work is.

CREATE TABLE sector (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug  varchar(80)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name  varchar(120) NOT NULL UNIQUE
);

CREATE TABLE company (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug            varchar(80)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name            varchar(120) NOT NULL UNIQUE CHECK (btrim(name) <> ''),
    sector_id       bigint       NOT NULL REFERENCES sector (id),
    -- where the company says it hires, as published ("London/Halifax", "UK remote/Amsterdam")
    locations       varchar(200) NOT NULL CHECK (btrim(locations) <> ''),
    remote_uk       boolean      NOT NULL DEFAULT false,
    summary         text         NOT NULL CHECK (btrim(summary) <> ''),
    -- hiring conditions a seeker must know before applying, such as security clearance
    requirement     varchar(300),
    website         varchar(300) CHECK (website ~ '^https://'),
    created_at      timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX company_sector_idx ON company (sector_id);

CREATE TABLE company_town (
    company_id  bigint  NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    town_id     bigint  NOT NULL REFERENCES town (id),
    PRIMARY KEY (company_id, town_id)
);
CREATE INDEX company_town_town_idx ON company_town (town_id);

-- What the company uses ML for, one area a row, in published order.
CREATE TABLE company_focus (
    company_id  bigint       NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    position    integer      NOT NULL CHECK (position >= 0),
    area        varchar(200) NOT NULL CHECK (btrim(area) <> ''),
    PRIMARY KEY (company_id, position)
);

-- Companies a role guide names as hiring for that role.
CREATE TABLE role_company (
    role_id     bigint  NOT NULL REFERENCES role (id),
    company_id  bigint  NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    position    integer NOT NULL CHECK (position >= 0),
    PRIMARY KEY (role_id, company_id),
    UNIQUE (role_id, position)
);

-- A guide's portrait of a sector that is building ML platforms.
CREATE TABLE sector_profile (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_id   bigint       NOT NULL REFERENCES role (id),
    slug      varchar(80)  NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name      varchar(120) NOT NULL CHECK (btrim(name) <> ''),
    headline  varchar(200) NOT NULL CHECK (btrim(headline) <> ''),
    body      text         NOT NULL CHECK (btrim(body) <> ''),
    position  integer      NOT NULL CHECK (position >= 0),
    UNIQUE (role_id, slug),
    UNIQUE (role_id, position)
);

-- Employers a sector profile names; linked to a company page where we have one.
CREATE TABLE sector_profile_employer (
    sector_profile_id  bigint       NOT NULL REFERENCES sector_profile (id) ON DELETE CASCADE,
    position           integer      NOT NULL CHECK (position >= 0),
    name               varchar(120) NOT NULL CHECK (btrim(name) <> ''),
    company_id         bigint REFERENCES company (id) ON DELETE SET NULL,
    PRIMARY KEY (sector_profile_id, position),
    UNIQUE (sector_profile_id, name)
);

-- Where a role's jobs are, and why there.
CREATE TABLE hiring_location (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_id   bigint       NOT NULL REFERENCES role (id),
    slug      varchar(80)  NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name      varchar(120) NOT NULL CHECK (btrim(name) <> ''),
    why       text         NOT NULL CHECK (btrim(why) <> ''),
    position  integer      NOT NULL CHECK (position >= 0),
    UNIQUE (role_id, slug),
    UNIQUE (role_id, position)
);
