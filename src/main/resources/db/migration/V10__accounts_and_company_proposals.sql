-- Recruiters and admins, and the companies recruiters propose when theirs is not listed yet.

-- Towns postings can name beyond those the documents list with their employers.
INSERT INTO town (slug, name, country, region_id)
SELECT v.slug, v.name, 'GB', (SELECT id FROM region WHERE slug = 'rest-of-uk')
FROM (VALUES
    ('manchester', 'Manchester'), ('bristol', 'Bristol'), ('leeds', 'Leeds'), ('birmingham', 'Birmingham'),
    ('glasgow', 'Glasgow'), ('belfast', 'Belfast'), ('reading', 'Reading'), ('oxford', 'Oxford'),
    ('newcastle', 'Newcastle'), ('cardiff', 'Cardiff'), ('sheffield', 'Sheffield'), ('nottingham', 'Nottingham'),
    ('brighton', 'Brighton'), ('milton-keynes', 'Milton Keynes')
) AS v (slug, name);

-- Lets postings prove that the town they name lies in the region they name.
ALTER TABLE town ADD CONSTRAINT town_region_id_id_key UNIQUE (region_id, id);

-- A company a recruiter asked for at sign-up; an admin approves it (creating the company)
-- or rejects it.
CREATE TABLE company_proposal (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         varchar(120) NOT NULL CHECK (btrim(name) <> ''),
    website      varchar(300) CHECK (website ~ '^https?://'),
    status       varchar(16)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    company_id   bigint REFERENCES company (id),
    created_at   timestamptz  NOT NULL DEFAULT now(),
    decided_at   timestamptz,
    CHECK ((status = 'APPROVED') = (company_id IS NOT NULL)),
    CHECK ((status = 'PENDING') = (decided_at IS NULL))
);
CREATE INDEX company_proposal_pending_idx ON company_proposal (created_at) WHERE status = 'PENDING';

CREATE TABLE account (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- stored normalised (trimmed, lower case), so uniqueness is case-blind
    email                varchar(254) NOT NULL UNIQUE CHECK (email = lower(btrim(email)) AND email LIKE '%_@_%'),
    password_hash        varchar(200) NOT NULL,
    name                 varchar(100) NOT NULL CHECK (btrim(name) <> ''),
    role                 varchar(16)  NOT NULL CHECK (role IN ('RECRUITER', 'ADMIN')),
    company_id           bigint REFERENCES company (id),
    company_proposal_id  bigint REFERENCES company_proposal (id),
    agency               boolean      NOT NULL DEFAULT false,
    enabled              boolean      NOT NULL DEFAULT true,
    -- demo accounts exist only in demo mode; the prod profile refuses to start while one is enabled
    demo                 boolean      NOT NULL DEFAULT false,
    created_at           timestamptz  NOT NULL DEFAULT now(),
    password_changed_at  timestamptz  NOT NULL DEFAULT now(),
    version              integer      NOT NULL DEFAULT 0,
    -- a recruiter works for one listed company, or waits for the one they proposed
    CHECK (role <> 'RECRUITER' OR company_id IS NOT NULL OR company_proposal_id IS NOT NULL)
);
CREATE INDEX account_company_idx ON account (company_id);
CREATE INDEX account_company_proposal_idx ON account (company_proposal_id);
