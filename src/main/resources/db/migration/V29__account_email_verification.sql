-- Accounts prove their address: a recruiter confirms it through a single-use link before a
-- posting can be submitted. Admins (configured by the operator) and the demo accounts count
-- as confirmed; recruiters from before this change are asked to confirm at their next visit.
ALTER TABLE account ADD COLUMN email_verified_at timestamptz;
UPDATE account SET email_verified_at = created_at WHERE role = 'ADMIN' OR demo;

-- Single-use links mailed to an account: confirm an address (24 hours; for a change of
-- address, the new one is in email) or reset the password (30 minutes). Only a SHA-256 of
-- the token is kept, so a copy of this table opens nothing.
CREATE TABLE account_token (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id  bigint       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    purpose     varchar(20)  NOT NULL CHECK (purpose IN ('VERIFY_EMAIL', 'RESET_PASSWORD')),
    token_hash  bytea        NOT NULL UNIQUE CHECK (octet_length(token_hash) = 32),
    email       varchar(254) NOT NULL CHECK (email = btrim(email) AND email LIKE '%_@_%'),
    created_at  timestamptz  NOT NULL,
    expires_at  timestamptz  NOT NULL CHECK (expires_at > created_at),
    used_at     timestamptz
);
CREATE INDEX account_token_account_idx ON account_token (account_id, purpose);

-- An admin sending a recruiter a password-reset link is in the admin log too.
ALTER TABLE moderation_decision DROP CONSTRAINT moderation_decision_action_check;
ALTER TABLE moderation_decision
    ADD CONSTRAINT moderation_decision_action_check
        CHECK (action IN ('APPROVE', 'REJECT', 'MERGE', 'CREATE', 'EDIT', 'DISABLE', 'ENABLE', 'RESET_LINK'));
