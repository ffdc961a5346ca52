-- Loads :n synthetic published postings into a migrated MLJobs database, fast: one
-- INSERT ... SELECT over generate_series, then the search columns in one UPDATE.
-- Usage: psql -v n=1000000 -d mljobs_bench -f bench/generate.sql
-- Words and shapes follow the reference data so filters and facets see realistic spreads.

\set ON_ERROR_STOP on
SET synchronous_commit = off;

CREATE TEMP TABLE words AS
SELECT array['kubernetes','python','pytorch','mlflow','airflow','feature','store','pipelines','monitoring',
             'drift','serving','latency','gpu','training','evaluation','llm','rag','terraform','docker','spark',
             'ray','fraud','forecasting','ranking','recommendations','platform','reliability','retraining',
             'inference','registry','observability','engineer','deployment','scale','data','models'] AS w;

CREATE TEMP TABLE shapes AS
SELECT l.id AS level_id, l.role_id, l.title, row_number() OVER () - 1 AS k FROM level l;
CREATE TEMP TABLE places AS
SELECT t.id AS town_id, t.region_id, row_number() OVER () - 1 AS k FROM town t WHERE t.region_id IS NOT NULL;
CREATE TEMP TABLE firms AS
SELECT c.id AS company_id, row_number() OVER () - 1 AS k FROM company c;

INSERT INTO posting (idempotency_key, recruiter_id, company_id, title, role_id, level_id, region_id, town_id,
                     work_mode, remote_residency, employment_type, pay_unit, pay_min_gbp, pay_max_gbp, ir35,
                     clearance, visa_sponsorship, description_md, description_html, apply_url, closes_on, status,
                     submitted_at, published_at, created_at, updated_at, sample, agency)
SELECT gen_random_uuid(), NULL, f.company_id,
       s.title || CASE WHEN g % 3 = 0 THEN ', ' || (SELECT w[1 + g % 36] FROM words) ELSE '' END,
       s.role_id, s.level_id, p.region_id, p.town_id,
       (ARRAY['ON_SITE','HYBRID','REMOTE'])[1 + g % 3], CASE WHEN g % 3 = 2 THEN 'UK' END,
       CASE WHEN g % 6 = 0 THEN 'CONTRACT' WHEN g % 10 = 1 THEN 'FIXED_TERM' ELSE 'PERMANENT_FULL_TIME' END,
       CASE WHEN g % 6 = 0 THEN 'DAY' ELSE 'YEAR' END,
       CASE WHEN g % 6 = 0 THEN 400 + (g % 20) * 25 ELSE 40000 + (g % 24) * 5000 END,
       CASE WHEN g % 6 = 0 THEN 500 + (g % 20) * 25 ELSE 55000 + (g % 24) * 5000 END,
       CASE WHEN g % 6 = 0 THEN (ARRAY['INSIDE','OUTSIDE','UNDETERMINED'])[1 + g % 3] END,
       (ARRAY['NONE','NONE','NONE','NONE','BPSS','SC','CTC','DV'])[1 + g % 8], g % 4 = 0,
       'We are hiring to work on ' || (SELECT w[1 + g % 36] || ' ' || w[1 + (g / 7) % 36] || ' and '
            || w[1 + (g / 13) % 36] || ' ' || w[1 + (g / 29) % 36] FROM words)
         || '. You will build and run production machine learning systems with a small team. '
         || 'Tools: ' || (SELECT w[1 + (g / 3) % 36] || ', ' || w[1 + (g / 5) % 36] FROM words) || '.',
       '<p>Synthetic posting for benchmarks.</p>', 'https://example.com/jobs/' || g,
       current_date + 1 + g % 60, 'PUBLISHED',
       now() - make_interval(secs => g * 2.0), now() - make_interval(secs => g * 2.0),
       now() - make_interval(secs => g * 2.0), now(), true, g % 5 = 0
FROM generate_series(1, :n) AS g
JOIN shapes s ON s.k = g % (SELECT count(*) FROM shapes)
JOIN places p ON p.k = (g / 3) % (SELECT count(*) FROM places)
JOIN firms f ON f.k = (g / 7) % (SELECT count(*) FROM firms);

-- Search columns for the new rows, set-based rather than row by row.
UPDATE posting p
SET skills = ARRAY[(SELECT w[1 + (p.id / 3) % 36] FROM words), (SELECT w[1 + (p.id / 5) % 36] FROM words)],
    search_vector = setweight(to_tsvector('english', p.title), 'A')
        || setweight(to_tsvector('english', (SELECT w[1 + (p.id / 3) % 36] || ' ' || w[1 + (p.id / 5) % 36] FROM words)), 'B')
        || setweight(to_tsvector('english', c.name), 'C')
        || setweight(to_tsvector('english', p.description_md), 'D')
FROM company c
WHERE c.id = p.company_id AND p.search_vector = ''::tsvector AND p.recruiter_id IS NULL AND p.sample;

VACUUM ANALYZE posting;
SELECT count(*) AS postings FROM posting WHERE status = 'PUBLISHED';
