-- Emails and tags are folded once, in Java (NFKC, then lower case by the root locale:
-- uk.mljobs.shared.Text.fold), and stored folded. These checks asked PostgreSQL's lower()
-- to agree, but its Unicode tables are newer than Java 17's: for a letter such as U+A7C0,
-- PostgreSQL lower-cases what Java leaves alone, so a sign-up failed as "account exists"
-- and a tag gave a 500. The database now checks only what both sides read the same way.
ALTER TABLE account DROP CONSTRAINT account_email_check;
ALTER TABLE account ADD CONSTRAINT account_email_check
    CHECK (email = btrim(email) AND email LIKE '%_@_%');

ALTER TABLE job_alert DROP CONSTRAINT job_alert_email_check;
ALTER TABLE job_alert ADD CONSTRAINT job_alert_email_check
    CHECK (email = btrim(email) AND email LIKE '%_@_%');

ALTER TABLE posting_tag DROP CONSTRAINT posting_tag_tag_check;
ALTER TABLE posting_tag ADD CONSTRAINT posting_tag_tag_check
    CHECK (tag = btrim(tag) AND tag <> '');

-- Addresses stored before NFKC folding (full-width letters, ligatures) take the spelling a
-- sign-in now looks up; one that would collide with another account keeps its old one.
UPDATE account a SET email = normalize(a.email, NFKC)
 WHERE a.email IS NOT NFKC NORMALIZED
   AND NOT EXISTS (SELECT 1 FROM account b WHERE b.email = normalize(a.email, NFKC));
UPDATE job_alert SET email = normalize(email, NFKC) WHERE email IS NOT NFKC NORMALIZED;
