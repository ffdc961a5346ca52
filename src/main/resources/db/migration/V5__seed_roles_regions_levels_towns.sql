-- Seed data: the two roles the guides cover, the two pay regions, each role's seniority
-- levels and the towns employers name. Figures come from the two source documents
-- (MLOps Engineer role guide, UK 2026; Machine Learning Engineer market page, April 2026).

INSERT INTO region (slug, name, position) VALUES
    ('london',     'London',     0),
    ('rest-of-uk', 'Rest of UK', 1);

INSERT INTO role (slug, title, tagline, summary, source_title, source_updated, typical_tenure_months, position) VALUES
    ('mlops-engineer',
     'MLOps Engineer',
     'The engineers who keep machine learning running in production: pipelines, deployment, monitoring and retraining.',
     'MLOps engineers build and run the platform that takes models out of experiments and keeps them healthy once live. As more UK employers put ML at the heart of their products, this specialism has become one of the most sought-after in the field. This guide sets out what the job involves, the tools and skills that count, what it pays at each level, and how to land a role.',
     'MLOps Engineer Jobs in the UK — role guide',
     '2026',
     NULL,
     0),
    ('machine-learning-engineer',
     'Machine Learning Engineer',
     'Engineers who turn models from prototypes into dependable production services.',
     'Machine learning engineers combine software engineering with data science and are accountable for models from first prototype to live deployment. This page covers where the role sits, the skills employers want and where candidates fall short, how people get in and move on, and current UK pay and contract rates.',
     'Machine Learning Engineer — UK market page',
     'April 2026',
     24,
     1);

-- MLOps levels: experience as the guide's salary table publishes it (0–2, 2–5, 5–8, 8+ years).
-- The career-progression section uses different bands; those live in career_stage.
INSERT INTO level (role_id, slug, title, position, experience_min_years, experience_max_years)
SELECT r.id, v.slug, v.title, v.position, v.min_years, v.max_years
FROM role r
CROSS JOIN (VALUES
    ('junior',    'Junior MLOps Engineer',           0, 0, 2),
    ('mid',       'MLOps Engineer',                  1, 2, 5),
    ('senior',    'Senior MLOps Engineer',           2, 5, 8),
    ('principal', 'Principal / Head of ML Platform', 3, 8, NULL)
) AS v (slug, title, position, min_years, max_years)
WHERE r.slug = 'mlops-engineer';

-- Machine Learning Engineer levels follow the published progression path; no experience is given.
INSERT INTO level (role_id, slug, title, position, experience_min_years, experience_max_years)
SELECT r.id, v.slug, v.title, v.position, NULL, NULL
FROM role r
CROSS JOIN (VALUES
    ('junior',    'Junior ML Engineer',               0),
    ('mid',       'Machine Learning Engineer',        1),
    ('senior',    'Senior Machine Learning Engineer', 2),
    ('principal', 'Staff / Principal ML Engineer',    3),
    ('head',      'Head of Machine Learning',         4)
) AS v (slug, title, position)
WHERE r.slug = 'machine-learning-engineer';

INSERT INTO town (slug, name, country, region_id)
SELECT v.slug, v.name, 'GB', (SELECT id FROM region WHERE slug = v.region)
FROM (VALUES
    ('london',              'London',              'london'),
    ('cambridge',           'Cambridge',           'rest-of-uk'),
    ('welwyn-garden-city',  'Welwyn Garden City',  'rest-of-uk'),
    ('halifax',             'Halifax',             'rest-of-uk'),
    ('hatfield',            'Hatfield',            'rest-of-uk'),
    ('cheltenham',          'Cheltenham',          'rest-of-uk'),
    ('ipswich',             'Ipswich',             'rest-of-uk'),
    ('edinburgh',           'Edinburgh',           'rest-of-uk')
) AS v (slug, name, region);

INSERT INTO town (slug, name, country, region_id) VALUES
    ('amsterdam', 'Amsterdam', 'NL', NULL);
