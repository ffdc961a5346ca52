-- Job seekers sign in without a password: a link or a six-digit code mailed to their
-- address. They live in the account table, so sessions, passkeys, disabling, the data
-- download and deletion work for them as for everyone, but a seeker account holds no
-- password and no company, and an address is a seeker's or a recruiter's, never both
-- (the address is unique).
ALTER TABLE account DROP CONSTRAINT account_role_check;
ALTER TABLE account ADD CONSTRAINT account_role_check CHECK (role IN ('RECRUITER', 'ADMIN', 'SEEKER'));
ALTER TABLE account ALTER COLUMN password_hash DROP NOT NULL;
ALTER TABLE account ALTER COLUMN name DROP NOT NULL;
ALTER TABLE account ADD CONSTRAINT account_seeker_password_check CHECK ((role = 'SEEKER') = (password_hash IS NULL));
ALTER TABLE account ADD CONSTRAINT account_named_check CHECK (role = 'SEEKER' OR name IS NOT NULL);
ALTER TABLE account ADD CONSTRAINT account_seeker_employer_check CHECK (role <> 'SEEKER' OR (company_id IS NULL
    AND company_proposal_id IS NULL AND NOT agency AND vouched_company_id IS NULL));

-- One live sign-in per address: a new request replaces it, using either half ends it.
-- The link works from any browser; the code only from the browser that asked (the
-- session holds the address it was sent to). Only SHA-256 hashes are kept.
CREATE TABLE seeker_sign_in (
    email       varchar(254) PRIMARY KEY CHECK (email = btrim(email) AND email LIKE '%_@_%'),
    link_hash   bytea        NOT NULL UNIQUE,
    code_hash   bytea        NOT NULL,
    expires_at  timestamptz  NOT NULL,
    attempts    integer      NOT NULL DEFAULT 0 CHECK (attempts >= 0)
);
CREATE INDEX seeker_sign_in_expiry_idx ON seeker_sign_in (expires_at);
