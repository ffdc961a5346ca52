-- Admins maintain the scam phrase list from /admin/moderation/phrases; each change goes
-- into the admin log. Phrases are folded in Java (NFKC, lower case by the root locale) and
-- stored as folded, so the check compares them as stored.
ALTER TABLE moderation_phrase DROP CONSTRAINT moderation_phrase_phrase_check;
ALTER TABLE moderation_phrase ADD CONSTRAINT moderation_phrase_phrase_check
    CHECK (phrase = btrim(phrase) AND char_length(phrase) BETWEEN 2 AND 80);
ALTER TABLE moderation_phrase ADD COLUMN added_by bigint REFERENCES account (id) ON DELETE SET NULL;
ALTER TABLE moderation_phrase ADD COLUMN added_at timestamptz;

ALTER TABLE moderation_decision DROP CONSTRAINT moderation_decision_subject_check;
ALTER TABLE moderation_decision
    ADD CONSTRAINT moderation_decision_subject_check
        CHECK (subject IN ('POSTING', 'COMPANY', 'SECTOR', 'TOWN', 'GUIDE', 'ACCOUNT', 'PHRASE'));
