-- Assessments choose how many tasks to give (from their pool), whether to adapt the order to the
-- candidate, and the overall time limit. Sessions keep the tasks given so far, in order, and their clocks.
ALTER TABLE assessments ADD COLUMN length smallint CHECK (length BETWEEN 1 AND 50);
ALTER TABLE assessments ADD COLUMN adaptive boolean NOT NULL DEFAULT false;
ALTER TABLE assessments ADD COLUMN time_limit_seconds integer NOT NULL DEFAULT 5400 CHECK (time_limit_seconds BETWEEN 60 AND 28800);

ALTER TABLE interview_sessions ADD COLUMN given_task_ids jsonb NOT NULL DEFAULT '[]'::jsonb;
ALTER TABLE interview_sessions ADD COLUMN task_started_at timestamptz;
ALTER TABLE interview_sessions ADD COLUMN expires_at timestamptz;

-- down
ALTER TABLE interview_sessions DROP COLUMN expires_at, DROP COLUMN task_started_at, DROP COLUMN given_task_ids;
ALTER TABLE assessments DROP COLUMN time_limit_seconds, DROP COLUMN adaptive, DROP COLUMN length;
