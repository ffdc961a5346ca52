-- One job advertised twice (by the employer's feed and by a recruiter, or by an agency as
-- well as the employer) is shown once: the copies point at the posting seekers see,
-- and search leaves them out. Same company, same title once punctuation and case are set
-- aside, same town, overlapping pay, published within 30 days of each other.
ALTER TABLE posting ADD COLUMN duplicate_of bigint REFERENCES posting (id) ON DELETE SET NULL,
    ADD CONSTRAINT posting_duplicate_self_check CHECK (duplicate_of <> id);
CREATE INDEX posting_duplicate_idx ON posting (duplicate_of) WHERE duplicate_of IS NOT NULL;
CREATE INDEX posting_fold_idx ON posting (company_id, town_id) WHERE status = 'PUBLISHED';

-- Search follows the fold: a posting folded under another, or unfolded, is a change.
DROP TRIGGER posting_search_update ON posting;
CREATE TRIGGER posting_search_update AFTER UPDATE ON posting
    FOR EACH ROW WHEN ((OLD.status = 'PUBLISHED' OR NEW.status = 'PUBLISHED') AND
        (OLD.status, OLD.closes_on, OLD.title, OLD.company_id, OLD.role_id, OLD.level_id, OLD.region_id,
         OLD.town_id, OLD.work_mode, OLD.employment_type, OLD.pay_unit, OLD.pay_min_gbp, OLD.pay_max_gbp,
         OLD.ir35, OLD.clearance, OLD.visa_sponsorship, OLD.description_md, OLD.published_at,
         OLD.search_vector, OLD.skills, OLD.agency, OLD.duplicate_of)
        IS DISTINCT FROM
        (NEW.status, NEW.closes_on, NEW.title, NEW.company_id, NEW.role_id, NEW.level_id, NEW.region_id,
         NEW.town_id, NEW.work_mode, NEW.employment_type, NEW.pay_unit, NEW.pay_min_gbp, NEW.pay_max_gbp,
         NEW.ir35, NEW.clearance, NEW.visa_sponsorship, NEW.description_md, NEW.published_at,
         NEW.search_vector, NEW.skills, NEW.agency, NEW.duplicate_of))
    EXECUTE FUNCTION note_search_change();
