-- Seed data: MLOps salary bands by level and region, contract day rates, and the
-- Machine Learning Engineer market-wide salary figures. All as published for 2026.

-- MLOps Engineer bands: 4 levels x 2 regions. The Principal tops are floors ("£200,000+").
INSERT INTO salary_band (role_id, level_id, region_id, min_gbp, max_gbp, open_ended, source, as_of_year)
SELECT r.id, l.id, g.id, v.min_gbp, v.max_gbp, v.open_ended,
       'Indicative ranges drawn from MLOps vacancies advertised publicly in the UK; Glassdoor UK and LinkedIn Salary Insights give further context',
       2026
FROM (VALUES
    ('junior',    'london',     45000,  65000,  false),
    ('junior',    'rest-of-uk', 38000,  55000,  false),
    ('mid',       'london',     65000,  100000, false),
    ('mid',       'rest-of-uk', 55000,  85000,  false),
    ('senior',    'london',     100000, 150000, false),
    ('senior',    'rest-of-uk', 80000,  125000, false),
    ('principal', 'london',     150000, 200000, true),
    ('principal', 'rest-of-uk', 120000, 170000, true)
) AS v (level_slug, region_slug, min_gbp, max_gbp, open_ended)
JOIN role r ON r.slug = 'mlops-engineer'
JOIN level l ON l.role_id = r.id AND l.slug = v.level_slug
JOIN region g ON g.slug = v.region_slug;

-- Contract day rates. A NULL region means the figure covers the whole UK.
INSERT INTO day_rate (role_id, region_id, min_gbp, max_gbp, median_gbp, source, as_of_year)
SELECT (SELECT id FROM role WHERE slug = 'mlops-engineer'), NULL, 500, 850, NULL,
       'MLOps Engineer UK role guide, typical contractor rates',
       2026;

INSERT INTO day_rate (role_id, region_id, min_gbp, max_gbp, median_gbp, source, as_of_year)
SELECT (SELECT id FROM role WHERE slug = 'machine-learning-engineer'), NULL, 500, 900, 650,
       'Machine Learning Engineer UK market page, freelance and contract rates across the UK',
       2026;

INSERT INTO day_rate (role_id, region_id, min_gbp, max_gbp, median_gbp, source, as_of_year)
SELECT (SELECT id FROM role WHERE slug = 'machine-learning-engineer'),
       (SELECT id FROM region WHERE slug = 'london'), NULL, NULL, 750,
       'Machine Learning Engineer UK market page, approximate rate for contractors based in London',
       2026;

-- Machine Learning Engineer market salary: UK median with its typical range, and a London median.
INSERT INTO market_salary (role_id, region_id, median_gbp, range_min_gbp, range_max_gbp, source, as_of_year)
SELECT (SELECT id FROM role WHERE slug = 'machine-learning-engineer'), NULL, 70000, 50000, 105000,
       'Machine Learning Engineer UK market page, range varies with experience and location',
       2026;

INSERT INTO market_salary (role_id, region_id, median_gbp, range_min_gbp, range_max_gbp, source, as_of_year)
SELECT (SELECT id FROM role WHERE slug = 'machine-learning-engineer'),
       (SELECT id FROM region WHERE slug = 'london'), 85000, NULL, NULL,
       'Machine Learning Engineer UK market page, higher London figure reflects cost-of-living weighting',
       2026;
