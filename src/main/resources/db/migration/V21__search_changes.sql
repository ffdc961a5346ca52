-- What search engines with an index of their own (Lucene on each instance, a shared
-- OpenSearch) follow to stay true to the database. Triggers write a row in the very
-- transaction that changes what search finds, so no code path can forget to, and announce
-- it on the instances' change channel when that transaction commits.

CREATE TABLE search_change (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- The writing transaction's id. Ids are handed out before commit, so a reader that
    -- went by id alone could pass a row whose transaction commits later; a reader instead
    -- keeps every transaction still running at its last read (pg_snapshot_xmin) ahead of it.
    txid        bigint      NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
    posting_id  bigint      NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX search_change_txid_idx ON search_change (txid);
CREATE INDEX search_change_time_idx ON search_change (changed_at);

-- Old rows are pruned; an index whose position is below the pruned horizon is rebuilt.
CREATE TABLE search_change_horizon (
    only_row       boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    pruned_below   bigint  NOT NULL DEFAULT 0
);
INSERT INTO search_change_horizon DEFAULT VALUES;

CREATE FUNCTION note_search_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO search_change (posting_id) VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
    -- Sent on commit, once per transaction however many rows (PostgreSQL folds repeats).
    PERFORM pg_notify('mljobs_changes', 'search database');
    RETURN NULL;
END
$$;

-- Only what search can see: a live posting's searched fields, or a posting going live or
-- ending. Drafts being edited and page views write nothing.
CREATE TRIGGER posting_search_insert AFTER INSERT ON posting
    FOR EACH ROW WHEN (NEW.status = 'PUBLISHED') EXECUTE FUNCTION note_search_change();
CREATE TRIGGER posting_search_delete AFTER DELETE ON posting
    FOR EACH ROW WHEN (OLD.status = 'PUBLISHED') EXECUTE FUNCTION note_search_change();
CREATE TRIGGER posting_search_update AFTER UPDATE ON posting
    FOR EACH ROW WHEN ((OLD.status = 'PUBLISHED' OR NEW.status = 'PUBLISHED') AND
        (OLD.status, OLD.closes_on, OLD.title, OLD.company_id, OLD.role_id, OLD.level_id, OLD.region_id,
         OLD.town_id, OLD.work_mode, OLD.employment_type, OLD.pay_unit, OLD.pay_min_gbp, OLD.pay_max_gbp,
         OLD.ir35, OLD.clearance, OLD.visa_sponsorship, OLD.description_md, OLD.published_at,
         OLD.search_vector, OLD.skills, OLD.agency)
        IS DISTINCT FROM
        (NEW.status, NEW.closes_on, NEW.title, NEW.company_id, NEW.role_id, NEW.level_id, NEW.region_id,
         NEW.town_id, NEW.work_mode, NEW.employment_type, NEW.pay_unit, NEW.pay_min_gbp, NEW.pay_max_gbp,
         NEW.ir35, NEW.clearance, NEW.visa_sponsorship, NEW.description_md, NEW.published_at,
         NEW.search_vector, NEW.skills, NEW.agency))
    EXECUTE FUNCTION note_search_change();

-- A company's name and a tool's name are searched as part of each posting: renaming one
-- refreshes its postings' search columns (V12), which in turn notes the change above.
-- Until now a renamed company's postings kept matching the old name only.
CREATE FUNCTION refresh_company_postings() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_posting_search(ARRAY(SELECT p.id FROM posting p WHERE p.company_id = NEW.id));
    RETURN NULL;
END
$$;
CREATE TRIGGER company_search_rename AFTER UPDATE OF name ON company
    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name) EXECUTE FUNCTION refresh_company_postings();

CREATE FUNCTION refresh_tool_postings() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM refresh_posting_search(ARRAY(SELECT pt.posting_id FROM posting_tool pt WHERE pt.tool_id = NEW.id));
    RETURN NULL;
END
$$;
CREATE TRIGGER tool_search_rename AFTER UPDATE OF name, slug ON tool
    FOR EACH ROW WHEN ((OLD.name, OLD.slug) IS DISTINCT FROM (NEW.name, NEW.slug))
    EXECUTE FUNCTION refresh_tool_postings();
