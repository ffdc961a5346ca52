-- Loads :n synthetic published postings into a migrated MLJobs database, fast: one
-- INSERT ... SELECT over generate_series.
-- Usage: psql -v n=1000000 -d mljobs_bench -f bench/generate.sql
-- Words and shapes follow the reference data so filters and facets see realistic spreads;
-- the other attributes come from independent hashes of the row number, so no two filters
-- are correlated by accident (a contract is as likely to be remote as any posting).

\set ON_ERROR_STOP on
SET synchronous_commit = off;
-- The search change feed's triggers (V21) would note every row: an index built afterwards
-- reads the table itself, so skip them (this needs a superuser, as the benchmark has).
SET session_replication_role = replica;

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

-- Each row is written once, search columns included (an UPDATE afterwards would leave a
-- dead copy of every row and a table twice its real size).
CREATE TEMP TABLE firms_named AS SELECT f.k, f.company_id, c.name FROM firms f JOIN company c ON c.id = f.company_id;

INSERT INTO posting (idempotency_key, recruiter_id, company_id, title, role_id, level_id, region_id, town_id,
                     work_mode, remote_residency, employment_type, pay_unit, pay_min_gbp, pay_max_gbp, ir35,
                     clearance, visa_sponsorship, description_md, description_html, apply_url, closes_on, status,
                     submitted_at, published_at, created_at, updated_at, sample, agency, skills, search_vector)
SELECT gen_random_uuid(), NULL, x.company_id, x.title, x.role_id, x.level_id, x.region_id, x.town_id,
       (ARRAY['ON_SITE','HYBRID','REMOTE'])[1 + x.h1 % 3], CASE WHEN x.h1 % 3 = 2 THEN 'UK' END,
       CASE WHEN x.contract THEN 'CONTRACT' WHEN x.h2 % 10 = 1 THEN 'FIXED_TERM' ELSE 'PERMANENT_FULL_TIME' END,
       CASE WHEN x.contract THEN 'DAY' ELSE 'YEAR' END,
       CASE WHEN x.contract THEN 400 + (x.h3 % 20) * 25 ELSE 40000 + (x.h3 % 24) * 5000 END,
       CASE WHEN x.contract THEN 500 + (x.h3 % 20) * 25 ELSE 55000 + (x.h3 % 24) * 5000 END,
       CASE WHEN x.contract THEN (ARRAY['INSIDE','OUTSIDE','UNDETERMINED'])[1 + x.h4 % 3] END,
       (ARRAY['NONE','NONE','NONE','NONE','BPSS','SC','CTC','DV'])[1 + x.h5 % 8], x.h6 % 4 = 0,
       x.description, '<p>Synthetic posting for benchmarks.</p>', 'https://example.com/jobs/' || g,
       current_date + 1 + g % 60, 'PUBLISHED',
       now() - make_interval(secs => g * 2.0), now() - make_interval(secs => g * 2.0),
       now() - make_interval(secs => g * 2.0), now(), true, x.h7 % 5 = 0,
       x.skills,
       setweight(to_tsvector('english', x.title), 'A')
         || setweight(to_tsvector('english', array_to_string(x.skills, ' ')), 'B')
         || setweight(to_tsvector('english', x.company_name), 'C')
         || setweight(to_tsvector('english', x.description), 'D')
FROM (
  SELECT g, abs(hashint4(g * 8 + 1)) AS h1, abs(hashint4(g * 8 + 2)) AS h2, abs(hashint4(g * 8 + 3)) AS h3,
         abs(hashint4(g * 8 + 4)) AS h4, abs(hashint4(g * 8 + 5)) AS h5, abs(hashint4(g * 8 + 6)) AS h6,
         abs(hashint4(g * 8 + 7)) AS h7, abs(hashint4(g * 8 + 2)) % 6 = 0 AS contract, s.role_id, s.level_id, p.region_id, p.town_id, f.company_id, f.name AS company_name,
         s.title || CASE WHEN abs(hashint4(g * 8 + 8)) % 3 = 0 THEN ', ' || w.w[1 + g % 36] ELSE '' END AS title,
         'We are hiring to work on ' || w.w[1 + g % 36] || ' ' || w.w[1 + (g / 7) % 36] || ' and '
           || w.w[1 + (g / 13) % 36] || ' ' || w.w[1 + (g / 29) % 36]
           || '. You will build and run production machine learning systems with a small team. '
           || 'Tools: ' || w.w[1 + (g / 3) % 36] || ', ' || w.w[1 + (g / 5) % 36] || '.' AS description,
         ARRAY[w.w[1 + (g / 3) % 36], w.w[1 + (g / 5) % 36]] AS skills
  FROM generate_series(1, :n) AS g
  CROSS JOIN words w
  JOIN shapes s ON s.k = g % (SELECT count(*) FROM shapes)
  JOIN places p ON p.k = (g / 3) % (SELECT count(*) FROM places)
  JOIN firms_named f ON f.k = (g / 7) % (SELECT count(*) FROM firms)
) x;

VACUUM ANALYZE posting;
SELECT count(*) AS postings FROM posting WHERE status = 'PUBLISHED';
