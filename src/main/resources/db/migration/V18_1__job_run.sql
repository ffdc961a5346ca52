-- Scheduled jobs run once per period across all instances (uk.mljobs.system.ClusterJobs):
-- an instance takes a transaction-scoped advisory lock, skips the period if a row is here,
-- otherwise runs the job and records it in the same transaction. The primary key makes a
-- second run of one period impossible even if the lock were bypassed.

CREATE TABLE job_run (
    job          varchar(100) NOT NULL CHECK (job ~ '^[a-z0-9][a-z0-9-]*$'),
    period_start timestamptz  NOT NULL,
    started_at   timestamptz  NOT NULL,
    finished_at  timestamptz  NOT NULL CHECK (finished_at >= started_at),
    instance     varchar(200) NOT NULL CHECK (length(instance) > 0),
    PRIMARY KEY (job, period_start)
);
