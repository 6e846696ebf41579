-- A hand-in is stored first and scored after: `scored_at` is null until its score is stored, and the
-- sweep scores any hand-in a crash left unscored. A task is handed in once per interview, whatever
-- the submission id, so two different ids racing for one task cannot both land.
ALTER TABLE submissions ADD COLUMN scored_at timestamptz;
UPDATE submissions s SET scored_at = sc.created_at FROM scores sc WHERE sc.submission_id = s.id;
CREATE INDEX submissions_unscored_idx ON submissions (received_at) WHERE scored_at IS NULL;
CREATE UNIQUE INDEX submissions_session_task_key ON submissions (session_id, task_id);

-- down
DROP INDEX submissions_session_task_key;
DROP INDEX submissions_unscored_idx;
ALTER TABLE submissions DROP COLUMN scored_at;
