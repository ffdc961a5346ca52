-- Job postings and their lifecycle: draft -> submitted -> published -> expired / closed / filled,
-- or rejected (with a reason) and resubmitted.

CREATE TABLE posting (
    id                 bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- one per form: a retried or double-clicked submit finds the row it already made
    idempotency_key    uuid         NOT NULL UNIQUE,
    -- null once the recruiter's account is deleted (their postings are closed first)
    recruiter_id       bigint REFERENCES account (id) ON DELETE SET NULL,
    company_id         bigint       NOT NULL REFERENCES company (id),
    title              varchar(120) NOT NULL CHECK (char_length(btrim(title)) >= 3),
    role_id            bigint       NOT NULL REFERENCES role (id),
    level_id           bigint       NOT NULL,
    region_id          bigint       NOT NULL REFERENCES region (id),
    town_id            bigint       NOT NULL,
    work_mode          varchar(16)  NOT NULL CHECK (work_mode IN ('ON_SITE', 'HYBRID', 'REMOTE')),
    -- where applicants to a remote role must live
    remote_residency   varchar(80)  CHECK (remote_residency IS NULL OR btrim(remote_residency) <> ''),
    employment_type    varchar(24)  NOT NULL
                       CHECK (employment_type IN ('PERMANENT_FULL_TIME', 'PERMANENT_PART_TIME', 'CONTRACT', 'FIXED_TERM')),
    -- pay is required: an annual salary, or for contracts a day rate with IR35 status
    pay_unit           varchar(8)   NOT NULL CHECK (pay_unit IN ('YEAR', 'DAY')),
    pay_min_gbp        integer      NOT NULL,
    pay_max_gbp        integer      NOT NULL,
    ir35               varchar(16)  CHECK (ir35 IN ('INSIDE', 'OUTSIDE', 'UNDETERMINED')),
    clearance          varchar(8)   NOT NULL DEFAULT 'NONE' CHECK (clearance IN ('NONE', 'BPSS', 'SC', 'CTC', 'DV')),
    visa_sponsorship   boolean      NOT NULL DEFAULT false,
    description_md     text         NOT NULL CHECK (char_length(description_md) BETWEEN 50 AND 20000),
    -- the Markdown rendered and passed through the allow-list sanitizer, once, at write time
    description_html   text         NOT NULL,
    apply_url          varchar(500) CHECK (apply_url ~ '^https?://[^\s]+$'),
    apply_email        varchar(254) CHECK (apply_email LIKE '%_@_%'),
    closes_on          date         NOT NULL,
    status             varchar(16)  NOT NULL DEFAULT 'DRAFT'
                       CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED', 'EXPIRED', 'CLOSED', 'FILLED')),
    rejection_reason   varchar(1000),
    views              bigint       NOT NULL DEFAULT 0 CHECK (views >= 0),
    -- demo-mode sample data, labelled as such wherever it appears
    sample             boolean      NOT NULL DEFAULT false,
    created_at         timestamptz  NOT NULL DEFAULT now(),
    updated_at         timestamptz  NOT NULL DEFAULT now(),
    submitted_at       timestamptz,
    published_at       timestamptz,
    ended_at           timestamptz,
    version            integer      NOT NULL DEFAULT 0,
    FOREIGN KEY (role_id, level_id) REFERENCES level (role_id, id),
    FOREIGN KEY (region_id, town_id) REFERENCES town (region_id, id),
    CHECK (pay_min_gbp <= pay_max_gbp),
    CHECK (pay_unit <> 'YEAR' OR (pay_min_gbp >= 10000 AND pay_max_gbp <= 1000000)),
    CHECK (pay_unit <> 'DAY' OR (pay_min_gbp >= 100 AND pay_max_gbp <= 5000)),
    CHECK ((employment_type = 'CONTRACT') = (pay_unit = 'DAY')),
    CHECK ((pay_unit = 'DAY') = (ir35 IS NOT NULL)),
    CHECK ((work_mode = 'REMOTE') = (remote_residency IS NOT NULL)),
    CHECK ((apply_url IS NULL) <> (apply_email IS NULL)),
    CHECK ((status = 'REJECTED') = (rejection_reason IS NOT NULL)),
    CHECK (status = 'DRAFT' OR submitted_at IS NOT NULL),
    CHECK (status NOT IN ('PUBLISHED', 'EXPIRED', 'CLOSED', 'FILLED') OR published_at IS NOT NULL)
);
CREATE INDEX posting_recruiter_idx ON posting (recruiter_id, status);
CREATE INDEX posting_company_idx ON posting (company_id);
CREATE INDEX posting_published_idx ON posting (published_at DESC, id DESC) WHERE status = 'PUBLISHED';
CREATE INDEX posting_review_queue_idx ON posting (submitted_at, id) WHERE status = 'SUBMITTED';
CREATE INDEX posting_expiry_idx ON posting (closes_on) WHERE status = 'PUBLISHED';

-- Tools from the tech-stack catalogue that the posting asks for.
CREATE TABLE posting_tool (
    posting_id  bigint NOT NULL REFERENCES posting (id) ON DELETE CASCADE,
    tool_id     bigint NOT NULL REFERENCES tool (id),
    PRIMARY KEY (posting_id, tool_id)
);
CREATE INDEX posting_tool_tool_idx ON posting_tool (tool_id);

-- Free skill tags, normalised to lower case.
CREATE TABLE posting_tag (
    posting_id  bigint      NOT NULL REFERENCES posting (id) ON DELETE CASCADE,
    tag         varchar(40) NOT NULL CHECK (tag = lower(btrim(tag)) AND tag <> ''),
    PRIMARY KEY (posting_id, tag)
);

-- Every moderation decision: who, when, on what, and why.
CREATE TABLE moderation_decision (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    subject              varchar(16)  NOT NULL CHECK (subject IN ('POSTING', 'COMPANY')),
    subject_id           bigint       NOT NULL,
    -- a readable label kept with the decision, so the log still reads after the subject changes
    subject_label        varchar(200) NOT NULL,
    action               varchar(16)  NOT NULL CHECK (action IN ('APPROVE', 'REJECT')),
    reason               varchar(1000),
    admin_id             bigint REFERENCES account (id) ON DELETE SET NULL,
    decided_at           timestamptz  NOT NULL DEFAULT now(),
    CHECK (action <> 'REJECT' OR (reason IS NOT NULL AND btrim(reason) <> ''))
);
CREATE INDEX moderation_decision_time_idx ON moderation_decision (decided_at DESC);
CREATE INDEX moderation_decision_subject_idx ON moderation_decision (subject, subject_id);
