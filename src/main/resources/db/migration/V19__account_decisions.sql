-- Disabling and enabling a recruiter's account are admin decisions like the others: who,
-- when and why go into the same log.
ALTER TABLE moderation_decision DROP CONSTRAINT moderation_decision_subject_check;
ALTER TABLE moderation_decision DROP CONSTRAINT moderation_decision_action_check;
ALTER TABLE moderation_decision
    ADD CONSTRAINT moderation_decision_subject_check
        CHECK (subject IN ('POSTING', 'COMPANY', 'SECTOR', 'TOWN', 'GUIDE', 'ACCOUNT')),
    ADD CONSTRAINT moderation_decision_action_check
        CHECK (action IN ('APPROVE', 'REJECT', 'MERGE', 'CREATE', 'EDIT', 'DISABLE', 'ENABLE')),
    ADD CONSTRAINT moderation_decision_disable_reason_check
        CHECK (action <> 'DISABLE' OR (reason IS NOT NULL AND btrim(reason) <> ''));
