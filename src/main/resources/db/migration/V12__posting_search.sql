-- What job search reads, kept on the posting row so one index scan answers a query:
-- a weighted full-text vector (title > skills and tools > company > description),
-- the skill slugs and tags as an array, and whether an agency posted it.

ALTER TABLE posting
    ADD COLUMN search_vector tsvector NOT NULL DEFAULT ''::tsvector,
    ADD COLUMN skills        text[]   NOT NULL DEFAULT '{}',
    ADD COLUMN agency        boolean  NOT NULL DEFAULT false;

-- Fills the three columns from the posting, its company, tools and tags. Called after
-- every write that can change them, in the same transaction.
CREATE FUNCTION refresh_posting_search(posting_ids bigint[]) RETURNS void
LANGUAGE sql AS $$
    UPDATE posting p
    SET skills = ARRAY(
            SELECT t.slug FROM posting_tool pt JOIN tool t ON t.id = pt.tool_id WHERE pt.posting_id = p.id
            UNION
            SELECT pg.tag FROM posting_tag pg WHERE pg.posting_id = p.id),
        search_vector =
            setweight(to_tsvector('english', p.title), 'A')
            || setweight(to_tsvector('english', coalesce(
                   (SELECT string_agg(t.name, ' ') FROM posting_tool pt JOIN tool t ON t.id = pt.tool_id
                    WHERE pt.posting_id = p.id), '') || ' ' || coalesce(
                   (SELECT string_agg(pg.tag, ' ') FROM posting_tag pg WHERE pg.posting_id = p.id), '')), 'B')
            || setweight(to_tsvector('english', c.name), 'C')
            || setweight(to_tsvector('english', p.description_md), 'D')
    FROM company c
    WHERE c.id = p.company_id AND p.id = ANY (posting_ids);
$$;

SELECT refresh_posting_search(ARRAY(SELECT id FROM posting));

-- Only live postings are searched, so every search index is partial.
CREATE INDEX posting_search_idx ON posting USING gin (search_vector) WHERE status = 'PUBLISHED';
CREATE INDEX posting_skills_idx ON posting USING gin (skills) WHERE status = 'PUBLISHED';
CREATE INDEX posting_pay_idx ON posting (pay_unit, pay_max_gbp DESC, id DESC) WHERE status = 'PUBLISHED';
CREATE INDEX posting_company_live_idx ON posting (company_id, published_at DESC, id DESC) WHERE status = 'PUBLISHED';
CREATE INDEX posting_role_live_idx ON posting (role_id, published_at DESC, id DESC) WHERE status = 'PUBLISHED';
