-- The email domains an admin has checked belong to a company. A recruiter whose confirmed
-- address is on one of them, posting directly (not as an agency), is a verified employer
-- for that company: their postings say so. A domain belongs to one company at most.
CREATE TABLE company_email_domain (
    domain      varchar(253) PRIMARY KEY CHECK (domain ~ '^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$'),
    company_id  bigint       NOT NULL REFERENCES company (id) ON DELETE CASCADE,
    added_by    bigint       REFERENCES account (id) ON DELETE SET NULL,
    added_at    timestamptz  NOT NULL DEFAULT now()
);
CREATE INDEX company_email_domain_company_idx ON company_email_domain (company_id);
