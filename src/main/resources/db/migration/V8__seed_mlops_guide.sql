-- Seed data: the MLOps Engineer role guide (UK, 2026). Prose sections, short fact lists,
-- the tech stack, career stages and FAQs. Facts and names as published; prose our own.
-- FAQ questions are kept word for word; tool names are the published names.

INSERT INTO guide_section (role_id, slug, topic, heading, body, position)
SELECT (SELECT id FROM role WHERE slug = 'mlops-engineer'), v.slug, v.topic, v.heading, v.body, v.position
FROM (VALUES
    ('what-the-role-is', 'OVERVIEW', 'What an MLOps engineer does',
     E'MLOps, short for Machine Learning Operations, is the practice of building, deploying, monitoring and maintaining ML systems once they are in production. The people who do it work where platform engineering meets machine learning: they provide the infrastructure that lets ML teams take work from experiment to production safely, reliably and quickly.\n\nDemand has risen sharply because UK employers are no longer content with ML experiments. They want AI running in production at scale, and someone has to make that dependable.',
     0),
    ('mlops-and-ml-engineering', 'OVERVIEW', 'How it differs from ML engineering',
     E'A simple way to draw the line: a machine learning engineer trains a model; the MLOps engineer builds what happens around it. That means a pipeline that retrains the model on demand and gives the same result each time, a reliable route into production, monitoring once it is live, and automatic retraining when its quality slips.\n\nYou need to be at home on both sides. On the infrastructure side, enough depth to run dependable, scalable systems on Kubernetes. On the ML side, enough understanding to talk sensibly with data scientists about training pipelines, how models are evaluated and what good model quality looks like.',
     1),
    ('a-typical-week', 'DAY_TO_DAY', 'A typical week',
     'Here is what a week could look like in an MLOps role at a mid-size UK technology company.',
     2),
    ('the-tech-stack', 'STACK', 'The MLOps tech stack',
     'The tools below are grouped by the part of the ML lifecycle they handle. Container orchestration is marked non-negotiable: employers expect it whatever else you bring.',
     3),
    ('salary-guide', 'PAY', 'MLOps engineer salaries in the UK (2026)',
     E'The bands below are a guide, not a promise: they come from MLOps vacancies advertised publicly across the UK. For a wider view, compare them with Glassdoor UK and LinkedIn Salary Insights.\n\nLondon pays noticeably more than the rest of the country at every level. Note that the salary table groups experience as 0–2, 2–5, 5–8 and 8+ years, while the career progression section uses 0–2, 2–4, 4–7 and 7+ years; both are shown as the guide published them.',
     4),
    ('contracting', 'CONTRACTING', 'Contracting and day rates',
     E'Contract MLOps engineers can usually expect £500–£850/day. How much of that you keep depends on your IR35 status.\n\nFor tax questions, speak to a qualified accountant who specialises in contractors.',
     5),
    ('career-progression', 'CAREER', 'Career progression',
     'The guide describes four steps, from joining an existing platform team to owning ML infrastructure strategy for a whole organisation. Its years of experience for each step differ slightly from the salary table.',
     6),
    ('where-the-jobs-are', 'LOCATIONS', 'Where MLOps jobs are in the UK',
     'Most openings are in London, but there are real clusters elsewhere and a rising number of roles that can be done remotely.',
     7),
    ('sectors-building-ml-platforms', 'SECTORS', 'UK sectors building ML platforms in 2026',
     'MLOps hiring follows ML deployment as it matures from experimental to production-critical. Several UK sectors have reached that turning point together, and each brings its own infrastructure needs, compliance considerations and cultural expectations.',
     8),
    ('companies-hiring', 'COMPANIES', 'UK companies hiring MLOps engineers',
     'These employers have advertised MLOps roles in the UK in publicly available job postings. Openings change often, so look at each company''s careers page for what is live now.',
     9),
    ('portfolio', 'GETTING_HIRED', 'A portfolio that gets interviews',
     E'One project beats many fragments. Build a complete ML pipeline: take a real problem with real data, train a model with proper experiment tracking, deploy it as an API with monitoring, and have it retrain itself automatically when performance drops. Put it on GitHub with clear documentation. It proves you understand the whole lifecycle rather than isolated pieces, which is more than most applicants manage.\n\nWrite down your decisions and the reasons for them. For example:\n- why you picked Airflow over Prefect for this use case\n- why you went with MLflow over W&B\n- how you settled on which drift metrics to monitor\n\nInterviewers weigh the reasoning as heavily as the code.',
     10),
    ('interviews', 'GETTING_HIRED', 'The interview process',
     'Expect MLOps interviews to test three areas, listed below. Infrastructure questions are usually practical, so be ready to work through real configurations rather than recite definitions.',
     11),
    ('system-design', 'GETTING_HIRED', 'System design questions',
     'At mid and senior level, system design is often what separates candidates. Practise designing an ML platform at scale, for example the infrastructure for a business with 20 models in production and 5 million users. Cover each of the topics listed below.',
     12)
) AS v (slug, topic, heading, body, position);

-- A typical week, as published (the six activities), in our words.
INSERT INTO role_fact (role_id, kind, text, detail, position)
SELECT (SELECT id FROM role WHERE slug = 'mlops-engineer'), v.kind, v.text, v.detail, v.position
FROM (VALUES
    ('TYPICAL_TASK', 'Write an Apache Airflow or Kubeflow training pipeline that retrains a recommendation model on fresh data every night', NULL, 0),
    ('TYPICAL_TASK', 'Configure model monitoring in Evidently AI to watch for data drift and raise an alert when feature distributions move significantly', NULL, 1),
    ('TYPICAL_TASK', 'Replace a home-grown experiment tracking setup with MLflow, so runs can be compared and results reproduced reliably', NULL, 2),
    ('TYPICAL_TASK', 'Check a data scientist''s training code is production ready: does it cope with edge cases, can it be tested, and does it log the metrics that matter?', NULL, 3),
    ('TYPICAL_TASK', 'Investigate why a deployed model is answering more slowly than it should, working through its Kubernetes configuration until the resource bottleneck turns up', NULL, 4),
    ('TYPICAL_TASK', 'Set up CI/CD for ML models with automated model-quality tests, so a new version cannot reach production until it passes them', NULL, 5),
    ('INTERVIEW_AREA', 'Infrastructure knowledge',
     'Kubernetes concepts, Docker and networking basics. Questions tend to be hands-on, not just theory.', 0),
    ('INTERVIEW_AREA', 'ML pipeline design',
     'Designing a training and serving pipeline end to end for a given use case: data, training, evaluation gates before deployment, serving infrastructure and monitoring.', 1),
    ('INTERVIEW_AREA', 'ML understanding',
     'Enough to show you can work well alongside data scientists and ML engineers: model evaluation concepts, how training differs from inference, and what data drift is and why it matters.', 2),
    ('SYSTEM_DESIGN_TOPIC', 'Data pipelines', NULL, 0),
    ('SYSTEM_DESIGN_TOPIC', 'Model registry', NULL, 1),
    ('SYSTEM_DESIGN_TOPIC', 'A/B testing infrastructure', NULL, 2),
    ('SYSTEM_DESIGN_TOPIC', 'Monitoring', NULL, 3),
    ('SYSTEM_DESIGN_TOPIC', 'Incident response', NULL, 4)
) AS v (kind, text, detail, position);

-- The tool catalogue entries this guide names (shared with other roles' stacks and skills).
INSERT INTO tool (slug, name) VALUES
    ('docker',                   'Docker'),
    ('kubernetes',               'Kubernetes'),
    ('helm',                     'Helm'),
    ('apache-airflow',           'Apache Airflow'),
    ('prefect',                  'Prefect'),
    ('kubeflow-pipelines',       'Kubeflow Pipelines'),
    ('mlflow',                   'MLflow'),
    ('weights-and-biases',       'Weights & Biases'),
    ('dvc',                      'DVC (Data Version Control)'),
    ('fastapi',                  'FastAPI'),
    ('triton-inference-server',  'Triton Inference Server'),
    ('bentoml',                  'BentoML'),
    ('evidently-ai',             'Evidently AI'),
    ('arize',                    'Arize'),
    ('feast',                    'Feast'),
    ('custom-feature-pipelines', 'Custom feature pipelines'),
    ('terraform',                'Terraform'),
    ('github-actions',           'GitHub Actions'),
    ('jenkins',                  'Jenkins')
ON CONFLICT DO NOTHING;

INSERT INTO tool_category (role_id, slug, name, non_negotiable, position)
SELECT (SELECT id FROM role WHERE slug = 'mlops-engineer'), v.slug, v.name, v.non_negotiable, v.position
FROM (VALUES
    ('container-orchestration',                'Container Orchestration',              true,  0),
    ('pipeline-orchestration',                 'Pipeline Orchestration',               false, 1),
    ('experiment-tracking-and-model-registry', 'Experiment Tracking & Model Registry', false, 2),
    ('model-serving',                          'Model Serving',                        false, 3),
    ('model-monitoring',                       'Model Monitoring',                     false, 4),
    ('feature-stores',                         'Feature Stores',                       false, 5),
    ('infrastructure-as-code-and-ci-cd',       'Infrastructure as Code & CI/CD',       false, 6)
) AS v (slug, name, non_negotiable, position);

INSERT INTO stack_tool (category_id, tool_id, why, position)
SELECT c.id, t.id, v.why, v.position
FROM (VALUES
    ('container-orchestration', 'docker', 0,
     'Putting ML workloads in containers is the minimum employers expect. Know multi-stage builds, how to keep image size down, and how to build GPU-enabled containers for training.'),
    ('container-orchestration', 'kubernetes', 1,
     'Runs ML workloads at scale. Be comfortable with resource requests and limits, GPU scheduling and persistent volumes that hold training data. Holding the CKA certification tells employers you know it properly.'),
    ('container-orchestration', 'helm', 2,
     'Used to package ML infrastructure components as Helm charts and deploy them.'),
    ('pipeline-orchestration', 'apache-airflow', 0,
     'The orchestrator you are most likely to meet at established UK companies. Good at scheduling, handling dependencies between tasks and monitoring runs.'),
    ('pipeline-orchestration', 'prefect', 1,
     'A newer, Python-native option that is winning users from Airflow, above all at ML-forward companies.'),
    ('pipeline-orchestration', 'kubeflow-pipelines', 2,
     'Designed for ML workflows running on Kubernetes. Harder to operate than Airflow, but built for the job.'),
    ('experiment-tracking-and-model-registry', 'mlflow', 0,
     'No experiment tracker or model registry is deployed more widely at UK companies. Learn its whole lifecycle: tracking experiments, registering models and serving them.'),
    ('experiment-tracking-and-model-registry', 'weights-and-biases', 1,
     'A favourite at AI-native companies, thanks to richer visualisation and better support for teams collaborating on experiments.'),
    ('experiment-tracking-and-model-registry', 'dvc', 2,
     'Puts data and models under version control. Essential for any team that has to reproduce results from one training run to the next.'),
    ('model-serving', 'fastapi', 0,
     'The usual choice for exposing a model as a REST API, whether the callers are internal or external.'),
    ('model-serving', 'triton-inference-server', 1,
     'For serving models at high throughput, especially GPU-accelerated ones.'),
    ('model-serving', 'bentoml', 2,
     'Gaining ground for packaging and deploying models, with serving infrastructure included.'),
    ('model-monitoring', 'evidently-ai', 0,
     'Open-source monitoring that covers data drift, falling model performance and data quality. Widely adopted, with good documentation.'),
    ('model-monitoring', 'arize', 1,
     'A commercial ML observability platform, mostly found at larger organisations.'),
    ('feature-stores', 'feast', 0,
     'The leading open-source feature store. It tackles offline/online consistency: the features a model is served at inference time must match the ones it was trained on. Training-serving skew is among the most frequent reasons production models degrade, so engineers who understand feature store architecture are in rising demand wherever several models run in production.'),
    ('feature-stores', 'custom-feature-pipelines', 1,
     'Many UK companies write their own feature engineering pipelines, using Spark or dbt, before they move to a dedicated feature store. Knowing what problem a feature store solves matters even if you have never used one.'),
    ('infrastructure-as-code-and-ci-cd', 'terraform', 0,
     'Provisions ML infrastructure so that it is reproducible and kept under version control.'),
    ('infrastructure-as-code-and-ci-cd', 'github-actions', 1,
     'The usual CI/CD automation tool at UK tech companies, covering automated model testing, evaluation gating and deployment pipelines.'),
    ('infrastructure-as-code-and-ci-cd', 'jenkins', 2,
     'Still common at larger enterprises and financial services firms that have long-standing DevOps infrastructure; plenty of UK banks, insurers and telecoms companies run their CI/CD on it. MLOps engineers there must be able to configure Jenkins pipelines and extend them for ML-specific workflows.')
) AS v (category, tool, position, why)
JOIN tool_category c ON c.slug = v.category
    AND c.role_id = (SELECT id FROM role WHERE slug = 'mlops-engineer')
JOIN tool t ON t.slug = v.tool;

-- Career ladder as the progression section publishes it (0–2 / 2–4 / 4–7 / 7+ years),
-- which differs from the salary table's experience bands kept on level.
INSERT INTO career_stage (role_id, position, title, years_min, years_max, pay_min_gbp, pay_max_gbp, pay_open_ended, summary)
SELECT (SELECT id FROM role WHERE slug = 'mlops-engineer'), v.position, v.title, v.years_min, v.years_max,
       v.pay_min, v.pay_max, v.open_ended, v.summary
FROM (VALUES
    (0, 'Junior MLOps Engineer', 0, 2, 45000, 65000, false,
     'You add to pipelines that already exist, pick up the team''s tools and learn to put reproducibility and reliability first. Most newcomers have a background in DevOps, SRE or ML engineering. The skill to build: knowing the ML workflow well enough to have useful conversations with data scientists.'),
    (1, 'MLOps Engineer', 2, 4, 65000, 100000, false,
     'You own parts of the ML platform on your own, such as a training pipeline, a deployment workflow or a model monitoring system. You choose tools and build infrastructure other teams rely on, and you are expected to know the full ML lifecycle well.'),
    (2, 'Senior MLOps Engineer', 4, 7, 100000, 150000, false,
     'You set the technical direction of the ML platform: designing its overall architecture, assessing new tools and pushing for standard ways of working across teams. You mentor junior MLOps engineers and are often the main technical link between ML engineering and the platform/infrastructure teams.'),
    (3, 'Principal / Head of ML Platform', 7, NULL, 150000, 200000, true,
     'You are responsible for ML infrastructure strategy across the organisation, and your decisions touch every team that uses ML. The role is usually found only where ML operations are mature and large: major technology companies, large fintechs and well-funded AI companies.')
) AS v (position, title, years_min, years_max, pay_min, pay_max, open_ended, summary);

-- FAQ: questions verbatim (they are published facts); answers in our words.
INSERT INTO faq (role_id, position, question, answer)
SELECT (SELECT id FROM role WHERE slug = 'mlops-engineer'), v.position, v.question, v.answer
FROM (VALUES
    (0, 'What is the difference between MLOps and DevOps?',
     'Think of DevOps as the discipline of shipping software: code, test, build, deploy, monitor. MLOps carries the same ideas over to ML systems, which are harder to run. Models are probabilistic, what you ship is a model together with its data, quality wears away gradually, and reproducing a result means versioning data, code and model weights with care. So MLOps engineers need infrastructure knowledge (Kubernetes, CI/CD) and ML knowledge (training pipelines, model evaluation, monitoring).'),
    (1, 'What is the average salary for an MLOps engineer in the UK?',
     'Going by roles advertised publicly in the UK, typical pay runs: junior £45,000–£65,000; mid level £65,000–£100,000; senior £100,000–£150,000; principal £150,000–£200,000+. London roles pay a significant premium, and at well-funded companies equity can be worth a meaningful amount on top of base pay.'),
    (2, 'Do MLOps engineers need machine learning expertise?',
     'Yes, though not at research depth. You need to understand what you are building for (pipelines that train models, experiment tracking, model serving and monitoring) and to know the ML workflow in practical terms. Expect interviews to mix ML concepts with infrastructure questions.'),
    (3, 'What certifications are useful for MLOps engineers?',
     'Top of the list is the Certified Kubernetes Administrator (CKA), which is widely respected as proof that you can run production infrastructure. Cloud certifications from AWS, GCP or Azure help, depending on which companies you are aiming at. No single certification defines MLOps, but DevOps and cloud certifications are worth having in practice.'),
    (4, 'How do you transition from DevOps to MLOps engineering?',
     'Learn how ML training works, get hands-on with ML-specific tools such as MLflow, DVC and Evidently, and pick up enough practical ML to hold informed conversations with data scientists. Then build one end-to-end ML pipeline, from raw data through training to a monitored production endpoint: no other portfolio piece does more for you.')
) AS v (position, question, answer);
