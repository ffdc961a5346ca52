-- Employers' own job feeds: a source is one company's board on an applicant-tracking
-- system (or a careers page with JobPosting markup). Each run reads the whole feed; its
-- postings are created, updated, and closed when gone from a feed that was read whole.
CREATE TABLE job_source (
    id               bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    company_id       bigint       NOT NULL REFERENCES company (id),
    kind             varchar(16)  NOT NULL
                     CHECK (kind IN ('GREENHOUSE', 'LEVER', 'LEVER_EU', 'ASHBY', 'WORKABLE', 'SMARTRECRUITERS', 'JSONLD')),
    -- the board token, account or site name, or for JSONLD the careers page's address
    token            varchar(500) NOT NULL CHECK (btrim(token) = token AND token <> ''),
    -- DIRECT: postings go live at once; REVIEW: they wait in the moderation queue
    publish          varchar(8)   NOT NULL DEFAULT 'REVIEW' CHECK (publish IN ('DIRECT', 'REVIEW')),
    -- declared in configuration (created or updated at start-up) rather than by an admin
    declared         boolean      NOT NULL DEFAULT false,
    created_at       timestamptz  NOT NULL DEFAULT now(),
    created_by       bigint       REFERENCES account (id) ON DELETE SET NULL,
    -- set by an admin, or by the circuit after repeated failures; runs skip a paused source
    paused_at        timestamptz,
    paused_reason    varchar(300),
    next_run_at      timestamptz  NOT NULL DEFAULT now(),
    -- a run holds the source while it reads it, so two instances never read one together
    running_since    timestamptz,
    running_on       varchar(120),
    last_run_at      timestamptz,
    last_success_at  timestamptz,
    failures         integer      NOT NULL DEFAULT 0 CHECK (failures >= 0),
    last_error       varchar(500),
    -- what the last successful run found
    seen             integer,
    created          integer,
    updated          integer,
    closed           integer,
    skipped          integer,
    version          integer      NOT NULL DEFAULT 0,
    UNIQUE (kind, token),
    CHECK ((paused_at IS NULL) = (paused_reason IS NULL))
);
CREATE INDEX job_source_company_idx ON job_source (company_id);
CREATE INDEX job_source_due_idx ON job_source (next_run_at) WHERE paused_at IS NULL;

-- Why the last successful run left items out, and how many for each reason.
CREATE TABLE job_source_skip (
    source_id  bigint       NOT NULL REFERENCES job_source (id) ON DELETE CASCADE,
    reason     varchar(120) NOT NULL,
    count      integer      NOT NULL CHECK (count > 0),
    -- one example title, so an admin can see what the reason caught
    example    varchar(200),
    PRIMARY KEY (source_id, reason)
);

-- A posting read from a source keeps the feed's id for it, so runs find it again; it was
-- last seen on the employer's site at last_seen_at; end_reason says why a run closed it.
ALTER TABLE posting
    ADD COLUMN source_id    bigint       REFERENCES job_source (id),
    ADD COLUMN external_id  varchar(200),
    ADD COLUMN last_seen_at timestamptz,
    ADD COLUMN end_reason   varchar(16)  CHECK (end_reason IN ('GONE_FROM_SOURCE')),
    ADD CONSTRAINT posting_source_item_check
        CHECK ((source_id IS NULL) = (external_id IS NULL) AND (source_id IS NULL) = (last_seen_at IS NULL));
CREATE UNIQUE INDEX posting_source_item_idx ON posting (source_id, external_id) WHERE source_id IS NOT NULL;
