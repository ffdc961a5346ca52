-- Everything else a role guide says, as rows an admin can later edit: prose sections,
-- short fact lists, the tech stack, career stages, FAQs and skills gaps.

-- Prose in our own words. Body is plain text: blank lines separate paragraphs and
-- lines starting with "- " form a bullet list (rendered escaped, never as HTML).
CREATE TABLE guide_section (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_id   bigint       NOT NULL REFERENCES role (id),
    slug      varchar(80)  NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    -- which part of the guide page the section belongs to; the page is laid out by topic
    topic     varchar(30)  NOT NULL CHECK (topic IN ('OVERVIEW', 'DAY_TO_DAY', 'STACK', 'SKILLS',
                  'PAY', 'CONTRACTING', 'CAREER', 'LOCATIONS', 'SECTORS', 'COMPANIES',
                  'GETTING_HIRED', 'FAQ')),
    heading   varchar(200) NOT NULL CHECK (btrim(heading) <> ''),
    body      text         NOT NULL CHECK (btrim(body) <> ''),
    position  integer      NOT NULL CHECK (position >= 0),
    UNIQUE (role_id, slug),
    UNIQUE (role_id, position)
);

-- Short facts a guide lists, grouped by kind (entry routes, lateral moves, reporting lines ...).
CREATE TABLE role_fact (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_id   bigint       NOT NULL REFERENCES role (id),
    kind      varchar(40)  NOT NULL CHECK (kind IN ('TYPICAL_TASK', 'ENTRY_ROUTE', 'PREVIOUS_ROLE',
                  'LATERAL_MOVE', 'REPORTING_LINE', 'TEAM_SETTING', 'DAILY_CONCERN', 'TRADE_OFF',
                  'INTERVIEW_AREA', 'SYSTEM_DESIGN_TOPIC')),
    text      varchar(500) NOT NULL CHECK (btrim(text) <> ''),
    detail    varchar(1000),
    position  integer      NOT NULL CHECK (position >= 0),
    UNIQUE (role_id, kind, position)
);

-- The catalogue of tools and skills, shared by tech stacks, skill lists and (later) postings.
CREATE TABLE tool (
    id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug  varchar(80)  NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name  varchar(120) NOT NULL UNIQUE CHECK (btrim(name) <> '')
);

CREATE TABLE tool_category (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_id         bigint       NOT NULL REFERENCES role (id),
    slug            varchar(80)  NOT NULL CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name            varchar(120) NOT NULL CHECK (btrim(name) <> ''),
    non_negotiable  boolean      NOT NULL DEFAULT false,
    position        integer      NOT NULL CHECK (position >= 0),
    UNIQUE (role_id, slug),
    UNIQUE (role_id, position)
);

-- A tool's place in one role's stack, and why it matters there.
CREATE TABLE stack_tool (
    category_id  bigint  NOT NULL REFERENCES tool_category (id) ON DELETE CASCADE,
    tool_id      bigint  NOT NULL REFERENCES tool (id),
    why          text    NOT NULL CHECK (btrim(why) <> ''),
    position     integer NOT NULL CHECK (position >= 0),
    PRIMARY KEY (category_id, tool_id),
    UNIQUE (category_id, position)
);
CREATE INDEX stack_tool_tool_idx ON stack_tool (tool_id);

-- Skills employers classify as essential, or that are emerging in postings.
CREATE TABLE role_skill (
    role_id   bigint      NOT NULL REFERENCES role (id),
    tool_id   bigint      NOT NULL REFERENCES tool (id),
    kind      varchar(20) NOT NULL CHECK (kind IN ('ESSENTIAL', 'EMERGING')),
    position  integer     NOT NULL CHECK (position >= 0),
    PRIMARY KEY (role_id, tool_id, kind),
    UNIQUE (role_id, kind, position)
);

-- A step on a role's career ladder. Years and pay as the progression section publishes them,
-- which need not match the salary table's experience bands.
CREATE TABLE career_stage (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_id         bigint       NOT NULL REFERENCES role (id),
    position        integer      NOT NULL CHECK (position >= 0),
    title           varchar(160) NOT NULL CHECK (btrim(title) <> ''),
    years_min       integer CHECK (years_min >= 0),
    years_max       integer,
    pay_min_gbp     integer CHECK (pay_min_gbp BETWEEN 1000 AND 10000000),
    pay_max_gbp     integer CHECK (pay_max_gbp BETWEEN 1000 AND 10000000),
    pay_open_ended  boolean      NOT NULL DEFAULT false,
    summary         text,
    UNIQUE (role_id, position),
    CHECK (years_max IS NULL OR (years_min IS NOT NULL AND years_max > years_min)),
    CHECK ((pay_min_gbp IS NULL) = (pay_max_gbp IS NULL)),
    CHECK (pay_min_gbp IS NULL OR pay_min_gbp <= pay_max_gbp),
    CHECK (NOT pay_open_ended OR pay_min_gbp IS NOT NULL)
);

CREATE TABLE faq (
    id        bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_id   bigint       NOT NULL REFERENCES role (id),
    position  integer      NOT NULL CHECK (position >= 0),
    question  varchar(300) NOT NULL CHECK (btrim(question) <> ''),
    answer    text         NOT NULL CHECK (btrim(answer) <> ''),
    UNIQUE (role_id, position),
    UNIQUE (role_id, question)
);

-- Employer demand against candidate supply for a skill; the gap is derived, never typed in.
CREATE TABLE skill_gap (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    role_id     bigint       NOT NULL REFERENCES role (id),
    position    integer      NOT NULL CHECK (position >= 0),
    skill       varchar(200) NOT NULL CHECK (btrim(skill) <> ''),
    demand_pct  integer      NOT NULL CHECK (demand_pct BETWEEN 0 AND 100),
    supply_pct  integer      NOT NULL CHECK (supply_pct BETWEEN 0 AND 100),
    gap_points  integer      GENERATED ALWAYS AS (demand_pct - supply_pct) STORED,
    why         text         NOT NULL CHECK (btrim(why) <> ''),
    UNIQUE (role_id, position),
    UNIQUE (role_id, skill)
);
