-- Seed data: the Machine Learning Engineer market page (UK, updated April 2026).
-- Prose sections, short fact lists, essential and emerging skills, the progression path
-- and the skills gaps. Skill names, role names and percentages as published; prose our own.

INSERT INTO guide_section (role_id, slug, topic, heading, body, position)
SELECT (SELECT id FROM role WHERE slug = 'machine-learning-engineer'), v.slug, v.topic, v.heading, v.body, v.position
FROM (VALUES
    ('what-the-role-is', 'OVERVIEW', 'What a machine learning engineer does',
     E'ML engineers work where data science and software engineering overlap. They are responsible for a model all the way from the first prototype to running in production.\n\nMuch of the job is writing Python, designing the pipelines that train models, packaging models as containerised services and adding monitoring once they are live. Who they report to depends on how mature the organisation is; the usual lines are listed below.',
     0),
    ('compared-with-data-scientist', 'OVERVIEW', 'How it differs from a data scientist',
     E'What sets the job apart from a data scientist''s is how success is measured: an ML engineer is judged on whether the model runs dependably for real users. That makes latency, drift, how often to retrain and what each inference costs everyday worries.\n\nIf you would rather look after production systems than stay in notebooks, this is the role that rewards it.',
     1),
    ('how-the-week-goes', 'DAY_TO_DAY', 'How the week goes',
     E'A good share of the week goes on code review, fixing Airflow or Kubeflow pipelines and working in pairs with data scientists to make their experimental code robust.\n\nConversations with stakeholders are mostly about trade-offs, such as the ones listed below. Where the role sits also varies: in a product-led company you join a squad, while a large enterprise may put you in a central ML platform team.',
     2),
    ('essential-skills', 'SKILLS', 'Skills employers treat as essential',
     'Across UK job adverts these five skills are the ones employers ask for most, and the majority of employers class them as essential.',
     3),
    ('emerging-skills', 'SKILLS', 'Emerging skills',
     'These skills turn up in a growing number of job postings and point to where demand is heading next.',
     4),
    ('skills-gaps', 'SKILLS', 'Where candidates fall short',
     'The figures compare the share of employers asking for a skill with the share of professionals who list it. Production MLOps shows the widest gap: 70% employer demand against 28% of candidates.',
     5),
    ('check-your-skills', 'SKILLS', 'Check your skills against demand',
     'The source market page offers a quick skills check that compares what you can do with what employers want, giving personalised results in 30 seconds.',
     6),
    ('pay-overview', 'PAY', 'Machine learning engineer salaries in the UK',
     'Across the UK the median salary is £70,000. Typical pay spans £50,000–£105,000, with experience and location deciding where in that range you land. London''s median is higher at £85,000, reflecting cost-of-living weighting in the capital.',
     7),
    ('day-rates', 'CONTRACTING', 'Contract and freelance day rates',
     'Freelance and contract ML engineers in the UK usually charge £500–£900/day, with a median of £650/day. Contractors based in London can expect about £750/day.',
     8),
    ('getting-in', 'CAREER', 'How people get into the role',
     'Most people arrive with a STEM degree, often topped up with a Master''s or PhD, having already worked in one of the related roles listed below. A smaller but growing group switch over from backend engineering after taking on project work close to ML.',
     9),
    ('progression-and-moves', 'CAREER', 'Progression, tenure and next moves',
     'People tend to stay in the role for ~24 months. The usual ladder runs from data scientist or junior ML engineer up to head of machine learning, and there are several common sideways moves, listed below.',
     10)
) AS v (slug, topic, heading, body, position);

INSERT INTO role_fact (role_id, kind, text, detail, position)
SELECT (SELECT id FROM role WHERE slug = 'machine-learning-engineer'), v.kind, v.text, v.detail, v.position
FROM (VALUES
    ('REPORTING_LINE', 'Head of Machine Learning', NULL, 0),
    ('REPORTING_LINE', 'Principal Engineer', NULL, 1),
    ('REPORTING_LINE', 'Director of Data', NULL, 2),
    ('TEAM_SETTING', 'Product-led squad',
     'In product-led companies: part of a squad with a data scientist, backend engineers and product managers.', 0),
    ('TEAM_SETTING', 'Centralised ML platform team',
     'In larger enterprises: a central team that serves multiple business units.', 1),
    ('DAILY_CONCERN', 'Latency', NULL, 0),
    ('DAILY_CONCERN', 'Drift', NULL, 1),
    ('DAILY_CONCERN', 'Retraining cadence', NULL, 2),
    ('DAILY_CONCERN', 'Cost-per-inference', NULL, 3),
    ('TYPICAL_TASK', 'Python development', NULL, 0),
    ('TYPICAL_TASK', 'Designing training pipelines', NULL, 1),
    ('TYPICAL_TASK', 'Packaging models into containerised services', NULL, 2),
    ('TYPICAL_TASK', 'Adding monitoring to models in production', NULL, 3),
    ('TYPICAL_TASK', 'Code review', NULL, 4),
    ('TYPICAL_TASK', 'Debugging Airflow or Kubeflow pipelines', NULL, 5),
    ('TYPICAL_TASK', 'Pairing with data scientists to harden experimental code', NULL, 6),
    ('TRADE_OFF', 'Model accuracy versus inference cost', NULL, 0),
    ('TRADE_OFF', 'Build-versus-buy decisions for foundation models', NULL, 1),
    ('TRADE_OFF', 'Prioritising technical debt in feature stores', NULL, 2),
    ('ENTRY_ROUTE', 'STEM degree',
     'Computer science, maths, physics or engineering, often followed by a Master''s or PhD.', 0),
    ('ENTRY_ROUTE', 'Conversion from backend engineering',
     'A growing minority move across by taking on ML-adjacent project work.', 1),
    ('PREVIOUS_ROLE', 'Data Scientist', NULL, 0),
    ('PREVIOUS_ROLE', 'Software Engineer', NULL, 1),
    ('PREVIOUS_ROLE', 'Research Engineer', NULL, 2),
    ('LATERAL_MOVE', 'MLOps Engineer', NULL, 0),
    ('LATERAL_MOVE', 'Applied Scientist', NULL, 1),
    ('LATERAL_MOVE', 'AI Engineer', NULL, 2),
    ('LATERAL_MOVE', 'Data Engineer', NULL, 3),
    ('LATERAL_MOVE', 'Research Engineer', NULL, 4)
) AS v (kind, text, detail, position);

-- Skills as published; shared catalogue entries are left as they are.
INSERT INTO tool (slug, name) VALUES
    ('python',                              'Python'),
    ('machine-learning-algorithms',         'Machine Learning Algorithms'),
    ('tensorflow-or-pytorch',               'TensorFlow or PyTorch'),
    ('cloud-platforms',                     'Cloud Platforms (AWS, GCP, or Azure)'),
    ('sql',                                 'SQL'),
    ('llm-fine-tuning-and-rag',             'LLM Fine-tuning & RAG'),
    ('vector-databases',                    'Vector Databases (Pinecone, Weaviate, FAISS)'),
    ('langchain-llamaindex',                'LangChain / LlamaIndex'),
    ('responsible-ai-and-model-governance', 'Responsible AI & Model Governance'),
    ('generative-ai-engineering',           'Generative AI Engineering')
ON CONFLICT DO NOTHING;

INSERT INTO role_skill (role_id, tool_id, kind, position)
SELECT r.id, t.id, v.kind, v.position
FROM (VALUES
    ('python',                              'ESSENTIAL', 0),
    ('machine-learning-algorithms',         'ESSENTIAL', 1),
    ('tensorflow-or-pytorch',               'ESSENTIAL', 2),
    ('cloud-platforms',                     'ESSENTIAL', 3),
    ('sql',                                 'ESSENTIAL', 4),
    ('llm-fine-tuning-and-rag',             'EMERGING',  0),
    ('vector-databases',                    'EMERGING',  1),
    ('langchain-llamaindex',                'EMERGING',  2),
    ('responsible-ai-and-model-governance', 'EMERGING',  3),
    ('generative-ai-engineering',           'EMERGING',  4)
) AS v (tool, kind, position)
JOIN role r ON r.slug = 'machine-learning-engineer'
JOIN tool t ON t.slug = v.tool;

-- The published progression path; the page gives no years or pay for its steps.
INSERT INTO career_stage (role_id, position, title, years_min, years_max, pay_min_gbp, pay_max_gbp, pay_open_ended, summary)
SELECT (SELECT id FROM role WHERE slug = 'machine-learning-engineer'), v.position, v.title,
       NULL, NULL, NULL, NULL, false, NULL
FROM (VALUES
    (0, 'Data Scientist or Junior ML Engineer'),
    (1, 'Machine Learning Engineer'),
    (2, 'Senior Machine Learning Engineer'),
    (3, 'Staff / Principal ML Engineer'),
    (4, 'Head of Machine Learning')
) AS v (position, title);

-- Employer demand against candidate supply; gap_points is derived by the table.
INSERT INTO skill_gap (role_id, position, skill, demand_pct, supply_pct, why)
SELECT (SELECT id FROM role WHERE slug = 'machine-learning-engineer'), v.position, v.skill, v.demand, v.supply, v.why
FROM (VALUES
    (0, 'Production MLOps (Kubernetes, model monitoring, CI/CD for ML)', 70, 28,
     'Most applicants have a research or analytics background and little hands-on experience of putting models into production and monitoring them at scale. No other gap in the UK market is as wide.'),
    (1, 'Software Engineering Rigour (testing, design patterns, code review)', 65, 35,
     'Plenty of ML practitioners learned their craft in notebooks and find it hard to work in codebases that demand proper unit tests, modular design and disciplined pull requests (PR discipline).'),
    (2, 'LLM Fine-tuning & RAG', 38, 12,
     'Demand has taken off since 2023, yet most engineers have only used OpenAI APIs as consumers. Real experience of fine-tuning, evaluation harnesses and retrieval pipelines is scarce.'),
    (3, 'Distributed Training (Spark MLlib, Ray, Horovod)', 35, 15,
     'Multi-node training experience mostly comes from larger tech employers; people at smaller organisations seldom get to do it.')
) AS v (position, skill, demand, supply, why);
