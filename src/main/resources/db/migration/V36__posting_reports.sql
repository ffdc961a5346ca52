-- Seekers report postings, anonymously. The reporter is kept only as a keyed hash of their
-- network address (HMAC-SHA256 with a key in site_secret), enough to count distinct
-- reporters and refuse a second report of one posting from one address. A posting from a
-- poster who is not a verified employer, reported from 3 addresses, goes back to review.
CREATE TABLE posting_report (
    id             bigint        GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    posting_id     bigint        NOT NULL REFERENCES posting (id) ON DELETE CASCADE,
    reason         varchar(16)   NOT NULL CHECK (reason IN ('SCAM', 'NOT_OPEN', 'PAY', 'DISCRIMINATORY', 'OTHER')),
    details        varchar(1000) CHECK (details IS NULL OR btrim(details) <> ''),
    contact_email  varchar(254)  CHECK (contact_email IS NULL OR contact_email LIKE '%_@_%'),
    reporter_hash  bytea         NOT NULL CHECK (octet_length(reporter_hash) = 32),
    created_at     timestamptz   NOT NULL,
    resolved_at    timestamptz,
    resolved_by    bigint        REFERENCES account (id) ON DELETE SET NULL,
    UNIQUE (posting_id, reporter_hash)
);
CREATE INDEX posting_report_open_idx ON posting_report (posting_id) WHERE resolved_at IS NULL;
