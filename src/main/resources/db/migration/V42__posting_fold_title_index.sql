-- Folding one job advertised twice (job.Duplicates) looks for live postings of the same
-- company and town whose title matches once punctuation and case are set aside. The
-- title's folded form is indexed, so the look-up stays one index probe however many
-- postings a company has in a town, instead of folding every one of their titles.
CREATE INDEX posting_fold_title_idx ON posting
    (company_id, town_id, (lower(btrim(regexp_replace(title, '[^[:alnum:]]+', ' ', 'g')))))
    WHERE status = 'PUBLISHED';
