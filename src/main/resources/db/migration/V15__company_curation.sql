-- Admins curate companies: create and edit them (optimistic locking), merge a recruiter's
-- proposal into a company already listed, and keep every such act in the admin log.

ALTER TABLE company
    ADD COLUMN version    integer     NOT NULL DEFAULT 0,
    ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

-- A merged proposal named a company we already list: its recruiter joins that company.
ALTER TABLE company_proposal DROP CONSTRAINT company_proposal_status_check;
ALTER TABLE company_proposal DROP CONSTRAINT company_proposal_check;
ALTER TABLE company_proposal
    ADD CONSTRAINT company_proposal_status_check CHECK (status IN ('PENDING', 'APPROVED', 'MERGED', 'REJECTED')),
    ADD CONSTRAINT company_proposal_company_check CHECK ((status IN ('APPROVED', 'MERGED')) = (company_id IS NOT NULL));

-- The decision log becomes the admins' log: creations, edits and merges beside approvals.
ALTER TABLE moderation_decision DROP CONSTRAINT moderation_decision_subject_check;
ALTER TABLE moderation_decision DROP CONSTRAINT moderation_decision_action_check;
ALTER TABLE moderation_decision
    ADD CONSTRAINT moderation_decision_subject_check CHECK (subject IN ('POSTING', 'COMPANY', 'SECTOR', 'TOWN', 'GUIDE')),
    ADD CONSTRAINT moderation_decision_action_check CHECK (action IN ('APPROVE', 'REJECT', 'MERGE', 'CREATE', 'EDIT'));

-- Sector names are compared case-blind when an admin adds one.
CREATE UNIQUE INDEX sector_name_lower_key ON sector (lower(name));
CREATE UNIQUE INDEX company_name_lower_key ON company (lower(name));
CREATE UNIQUE INDEX town_name_lower_key ON town (lower(name));
