-- "Still hiring?": on day 14 and day 25 after a posting goes live (again), its recruiter is
-- mailed a link to confirm; a check not confirmed within 7 days closes the posting, which
-- then says it was not confirmed. Only a SHA-256 of each link's token is kept.
CREATE TABLE posting_hiring_check (
    id            bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    posting_id    bigint       NOT NULL REFERENCES posting (id) ON DELETE CASCADE,
    period_start  timestamptz  NOT NULL,
    round         smallint     NOT NULL CHECK (round IN (1, 2)),
    token_hash    bytea        NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
    sent_at       timestamptz  NOT NULL,
    confirmed_at  timestamptz,
    UNIQUE (posting_id, period_start, round)
);
CREATE INDEX posting_hiring_check_open_idx ON posting_hiring_check (sent_at) WHERE confirmed_at IS NULL;

ALTER TABLE posting ADD COLUMN not_confirmed boolean NOT NULL DEFAULT false;
