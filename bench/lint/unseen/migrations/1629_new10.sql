CREATE TABLE job_runs (
  id bigserial PRIMARY KEY,
  job text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  error text,
  CONSTRAINT job_runs_finished_after_start CHECK (finished_at IS NULL OR finished_at >= started_at)
);
CREATE INDEX job_runs_job_started_idx ON job_runs (job, started_at DESC);;
