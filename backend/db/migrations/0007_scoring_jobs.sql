-- Scoring a hand-in is a job with a state: queued -> scoring -> scored | failed. A job is claimed by one
-- scorer at a time (a lease, so a crashed scorer's job is claimed again once the lease runs out), a failure
-- is retried with backoff (scoring_next_at) and, after the last attempt, parked as failed with its error.
-- 'failed' hand-ins still carry a score, graded without evaluating their formulas, for the recruiter to review.
ALTER TABLE submissions
  ADD COLUMN scoring_state text NOT NULL DEFAULT 'queued' CHECK (scoring_state IN ('queued', 'scoring', 'scored', 'failed')),
  ADD COLUMN scoring_attempts int NOT NULL DEFAULT 0,
  ADD COLUMN scoring_error text,
  ADD COLUMN scoring_next_at timestamptz,
  ADD COLUMN scoring_lease_until timestamptz;
UPDATE submissions SET scoring_state = 'scored' WHERE scored_at IS NOT NULL;
DROP INDEX submissions_unscored_idx;
CREATE INDEX submissions_scoring_open_idx ON submissions (received_at) WHERE scoring_state IN ('queued', 'scoring');

-- down
DROP INDEX submissions_scoring_open_idx;
CREATE INDEX submissions_unscored_idx ON submissions (received_at) WHERE scored_at IS NULL;
ALTER TABLE submissions
  DROP COLUMN scoring_state, DROP COLUMN scoring_attempts, DROP COLUMN scoring_error,
  DROP COLUMN scoring_next_at, DROP COLUMN scoring_lease_until;
