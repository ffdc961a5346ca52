-- Who may post for a listed employer. A recruiter whose confirmed address is on one of the
-- company's verified domains joins directly; anyone else (a free-mail or another domain,
-- agencies included) waits until an admin vouches for them for that company. The vouch is
-- for one company: it does not carry over if the account's company changes.
ALTER TABLE account ADD COLUMN vouched_company_id bigint REFERENCES company (id) ON DELETE SET NULL;
ALTER TABLE account ADD COLUMN vouched_at timestamptz;
ALTER TABLE account ADD COLUMN vouched_by bigint REFERENCES account (id) ON DELETE SET NULL;
ALTER TABLE account ADD CONSTRAINT account_vouch_check
    CHECK ((vouched_company_id IS NULL) = (vouched_at IS NULL));

-- Recruiters who posted before vouching existed keep their standing: an admin approved
-- what they posted.
UPDATE account SET vouched_company_id = company_id, vouched_at = now()
WHERE role = 'RECRUITER' AND company_id IS NOT NULL;

-- What a new sign-up has in common with a recruiter an admin disabled: the same email
-- domain (not a free-mail one), the same proposed company, the same company claimed
-- from off its domain soon after, or (found when a posting is reviewed) the same apply
-- address. Shown to admins beside the account and its postings; never blocks by itself.
CREATE TABLE account_signal (
    id                  bigint       GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id          bigint       NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    like_account_id     bigint       REFERENCES account (id) ON DELETE SET NULL,
    reason              varchar(300) NOT NULL CHECK (btrim(reason) <> ''),
    created_at          timestamptz  NOT NULL DEFAULT now(),
    UNIQUE (account_id, reason)
);
CREATE INDEX account_signal_account_idx ON account_signal (account_id);

ALTER TABLE moderation_decision DROP CONSTRAINT moderation_decision_action_check;
ALTER TABLE moderation_decision
    ADD CONSTRAINT moderation_decision_action_check
        CHECK (action IN ('APPROVE', 'REJECT', 'MERGE', 'CREATE', 'EDIT', 'DISABLE', 'ENABLE', 'RESET_LINK', 'VOUCH'));
