-- The recruiters' dashboard: signed-in sessions, invited colleagues, score overrides with their audit
-- trail, webhooks with a delivery log, and the denormalised columns that keep analytics on indexes.

-- A browser sign-in. Only the SHA-256 of the cookie's token is kept; the CSRF token is sent back on
-- every state-changing request in a header, which a cross-site form cannot do.
CREATE TABLE user_sessions (
  token_hash    text PRIMARY KEY,
  org_id        uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  user_id       uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token    text NOT NULL,
  created_at    timestamptz NOT NULL DEFAULT now(),
  expires_at    timestamptz NOT NULL
);
CREATE INDEX user_sessions_user_idx ON user_sessions (user_id);

-- A colleague invited by an admin sets their own password with a single-use link.
ALTER TABLE users ADD COLUMN invite_token_hash text UNIQUE;
ALTER TABLE users ADD COLUMN invite_expires_at timestamptz;

ALTER TABLE organisations ADD COLUMN webhook_url text;
ALTER TABLE organisations ADD COLUMN webhook_secret text;

-- What changed, by whom and why: overrides, tokens, colleagues, settings. Never updated, never deleted.
CREATE TABLE audit_log (
  id          bigserial PRIMARY KEY,
  org_id      uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  user_id     uuid REFERENCES users(id) ON DELETE SET NULL,
  action      text NOT NULL,
  target_id   text,
  details     jsonb NOT NULL DEFAULT '{}'::jsonb,
  at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX audit_log_org_idx ON audit_log (org_id, id DESC);
CREATE INDEX audit_log_target_idx ON audit_log (org_id, target_id, id DESC);

-- A recruiter's score for a task, with the reason; the newest one counts.
CREATE TABLE score_overrides (
  id              bigserial PRIMARY KEY,
  org_id          uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  submission_id   uuid NOT NULL REFERENCES submissions(id) ON DELETE CASCADE,
  score           numeric(5, 4) NOT NULL CHECK (score BETWEEN 0 AND 1),
  previous_score  numeric(5, 4) NOT NULL,
  reason          text NOT NULL,
  user_id         uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX score_overrides_submission_idx ON score_overrides (submission_id, id DESC);

-- Written in the transaction that completes an interview, so a delivery is never lost; sent after,
-- and retried with backoff until it is delivered or out of attempts.
CREATE TABLE webhook_deliveries (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id           uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  session_id       uuid REFERENCES interview_sessions(id) ON DELETE CASCADE,
  event            text NOT NULL,
  url              text NOT NULL,
  payload          jsonb NOT NULL,
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts         smallint NOT NULL DEFAULT 0,
  next_attempt_at  timestamptz NOT NULL DEFAULT now(),
  last_status      smallint,
  last_error       text,
  created_at       timestamptz NOT NULL DEFAULT now(),
  delivered_at     timestamptz
);
CREATE INDEX webhook_deliveries_org_idx ON webhook_deliveries (org_id, created_at DESC);
CREATE INDEX webhook_deliveries_due_idx ON webhook_deliveries (next_attempt_at) WHERE status = 'pending';

-- Analytics read these instead of joining scores, reviews and overrides over every hand-in:
-- the task's final score (grader, then bounded review, then a recruiter's override), the time the
-- candidate spent on it, and the interview's overall score.
ALTER TABLE submissions ADD COLUMN assessment_id uuid;
ALTER TABLE submissions ADD COLUMN final_score numeric(5, 4);
ALTER TABLE submissions ADD COLUMN seconds_spent integer;
UPDATE submissions s SET assessment_id = se.assessment_id FROM interview_sessions se WHERE se.id = s.session_id;
UPDATE submissions s SET final_score = COALESCE(r.final_score, sc.score)
  FROM scores sc LEFT JOIN reviews r ON r.submission_id = sc.submission_id WHERE sc.submission_id = s.id;
ALTER TABLE interview_sessions ADD COLUMN overall_score numeric(5, 4);
UPDATE interview_sessions se SET overall_score = (SELECT avg(final_score) FROM submissions s WHERE s.session_id = se.id);

-- Per-task figures per day, so "how hard is each task" reads a few thousand rows instead of every hand-in.
-- Hand-ins are folded in after they are stored (never in the hand-in's own transaction, so busy tasks
-- do not queue on one row): `fold_pending` marks what is not counted yet, or changed since (an override),
-- and `folded_score` is what the figures hold for it, so a change is applied as a difference.
ALTER TABLE submissions ADD COLUMN fold_pending boolean NOT NULL DEFAULT true;
ALTER TABLE submissions ADD COLUMN folded_score numeric(5, 4);
CREATE INDEX submissions_fold_pending_idx ON submissions (org_id) WHERE fold_pending;

CREATE TABLE task_day_stats (
  org_id         uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  day            date NOT NULL,
  assessment_id  uuid NOT NULL,
  task_id        text NOT NULL,
  attempts       integer NOT NULL,
  passes         integer NOT NULL,
  score_sum      numeric NOT NULL,
  -- Hand-ins by time spent, one count per bucket of TIME_BUCKET_BOUNDS (backend/recruiting/task-stats.ts).
  seconds_hist   integer[] NOT NULL,
  PRIMARY KEY (org_id, day, assessment_id, task_id)
);

CREATE INDEX interview_sessions_analytics_idx ON interview_sessions (org_id, created_at)
  INCLUDE (assessment_id, state, started_at, overall_score);
CREATE INDEX interview_sessions_live_idx ON interview_sessions (org_id, started_at) WHERE state = 'in_progress';
CREATE INDEX invites_analytics_idx ON invites (org_id, created_at) INCLUDE (assessment_id, revoked_at);

-- down
DROP INDEX invites_analytics_idx;
DROP INDEX interview_sessions_live_idx;
DROP INDEX interview_sessions_analytics_idx;
DROP TABLE task_day_stats;
ALTER TABLE submissions DROP COLUMN folded_score, DROP COLUMN fold_pending;
ALTER TABLE interview_sessions DROP COLUMN overall_score;
ALTER TABLE submissions DROP COLUMN seconds_spent, DROP COLUMN final_score, DROP COLUMN assessment_id;
DROP TABLE webhook_deliveries;
DROP TABLE score_overrides;
DROP TABLE audit_log;
ALTER TABLE organisations DROP COLUMN webhook_secret, DROP COLUMN webhook_url;
ALTER TABLE users DROP COLUMN invite_expires_at, DROP COLUMN invite_token_hash;
DROP TABLE user_sessions;
