-- Words of this market that mean the same, applied to seekers' searches (not to
-- postings), so an admin's edit needs no new index. One group a line, as admins edit
-- them at /admin/search/synonyms: "a, b, c" are all the same; "a, b => c, d" means
-- searching a or b also finds c and d.
CREATE TABLE search_synonym (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    position    integer      NOT NULL UNIQUE,
    line        varchar(300) NOT NULL CHECK (btrim(line) <> ''),
    updated_at  timestamptz  NOT NULL DEFAULT now(),
    updated_by  bigint       REFERENCES account (id) ON DELETE SET NULL
);

INSERT INTO search_synonym (position, line)
SELECT v.position, v.line
FROM (VALUES
    -- Abbreviations seekers type
    (0,  'k8s, kubernetes, kube'),
    (1,  'ml, machine learning'),
    (2,  'mle, ml engineer, machine learning engineer'),
    (3,  'mlops, ml ops, machine learning operations'),
    (4,  'genai, gen ai, generative ai, generative artificial intelligence'),
    (5,  'llm, llms, large language model, large language models'),
    (6,  'ai, artificial intelligence'),
    (7,  'nlp, natural language processing'),
    (8,  'rag, retrieval augmented generation'),
    (9,  'sre, site reliability engineer, site reliability engineering'),
    (10, 'data scientist, data science'),
    (11, 'ci cd, cicd, continuous integration, continuous delivery'),
    (12, 'iac, infrastructure as code'),
    (13, 'fine tuning, finetuning'),
    (14, 'experiment tracking => mlflow, weights & biases, wandb'),
    (15, 'fraud, fraud detection => financial crime, anti money laundering, aml'),
    -- Clouds and their ML services
    (20, 'aws, amazon web services'),
    (21, 'gcp, google cloud, google cloud platform'),
    (22, 'azure, microsoft azure'),
    (23, 'sagemaker, amazon sagemaker, aws sagemaker'),
    (24, 'vertex ai, vertex, google vertex ai'),
    (25, 'azure ml, azure machine learning'),
    (26, 'cloud ml, cloud machine learning, cloud platforms => sagemaker, vertex ai, azure ml, azure machine learning'),
    -- The tech-stack catalogue, each tool with the names it goes by
    (40, 'docker, docker containers'),
    (41, 'helm, helm charts'),
    (42, 'airflow, apache airflow'),
    (43, 'prefect, prefect orchestration'),
    (44, 'kubeflow, kubeflow pipelines'),
    (45, 'mlflow, ml flow'),
    (46, 'weights & biases, weights and biases, w&b, wandb'),
    (47, 'dvc, data version control'),
    (48, 'fastapi, fast api'),
    (49, 'triton, triton inference server, nvidia triton'),
    (50, 'bentoml, bento ml'),
    (51, 'evidently, evidently ai'),
    (52, 'arize, arize ai'),
    (53, 'feast, feast feature store'),
    (54, 'custom feature pipelines, feature pipelines, feature engineering pipelines'),
    (55, 'terraform, hashicorp terraform'),
    (56, 'github actions, gh actions'),
    (57, 'jenkins, jenkins ci'),
    (58, 'python, python3'),
    (59, 'machine learning algorithms, ml algorithms'),
    (60, 'pytorch, torch'),
    (61, 'tensorflow, tf'),
    (63, 'sql, structured query language'),
    (64, 'llm fine tuning, fine tuning llms, llm finetuning'),
    (65, 'vector databases, vector database, vector db, vector store => pinecone, weaviate, faiss, vector database'),
    (66, 'langchain, lang chain'),
    (67, 'llamaindex, llama index'),
    (68, 'responsible ai, ai governance, model governance'),
    (69, 'generative ai engineering, genai engineering, generative ai engineer')
) AS v (position, line);
