-- What a seeker keeps about a posting: saved (when), applied (on which day, as they say),
-- hidden from their searches (when), and a private note. One row per seeker and posting;
-- a row with nothing left in it is deleted, not kept empty.
CREATE TABLE seeker_job (
    account_id        bigint        NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    posting_id        bigint        NOT NULL REFERENCES posting (id) ON DELETE CASCADE,
    saved_at          timestamptz,
    applied_on        date,
    hidden_at         timestamptz,
    note              varchar(2000) CHECK (note IS NULL OR btrim(note) <> ''),
    -- the day we mailed that this saved job closes soon, so it is mailed once
    closing_mailed_on date,
    updated_at        timestamptz   NOT NULL,
    PRIMARY KEY (account_id, posting_id),
    -- a hidden job is not also saved
    CHECK (hidden_at IS NULL OR saved_at IS NULL),
    CHECK (saved_at IS NOT NULL OR applied_on IS NOT NULL OR hidden_at IS NOT NULL OR note IS NOT NULL)
);
CREATE INDEX seeker_job_posting_idx ON seeker_job (posting_id);
CREATE INDEX seeker_job_hidden_idx ON seeker_job (account_id) WHERE hidden_at IS NOT NULL;
CREATE INDEX seeker_job_saved_idx ON seeker_job (posting_id) WHERE saved_at IS NOT NULL;
