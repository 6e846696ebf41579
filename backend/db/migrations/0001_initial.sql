-- The system of record. Every row that belongs to a customer carries org_id, so every query can be
-- scoped to the caller's organisation and an id from another organisation reads as not found.

CREATE TABLE organisations (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  name        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE users (
  id             uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id         uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  email          text NOT NULL,
  name           text NOT NULL,
  role           text NOT NULL CHECK (role IN ('admin', 'recruiter')),
  password_hash  text,
  created_at     timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_org_idx ON users (org_id);

-- Only the SHA-256 of a token is kept; the token itself is shown once.
CREATE TABLE api_tokens (
  id            uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id        uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  user_id       uuid REFERENCES users(id) ON DELETE SET NULL,
  name          text NOT NULL,
  token_hash    text NOT NULL UNIQUE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  revoked_at    timestamptz
);
CREATE INDEX api_tokens_org_idx ON api_tokens (org_id);

-- Built-in tasks have no org_id; an organisation's own tasks do.
CREATE TABLE tasks (
  id          text PRIMARY KEY,
  org_id      uuid REFERENCES organisations(id) ON DELETE CASCADE,
  skill       text NOT NULL,
  difficulty  smallint NOT NULL CHECK (difficulty BETWEEN 1 AND 3),
  spec        jsonb NOT NULL,
  updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX tasks_org_idx ON tasks (org_id);

CREATE TABLE assessments (
  id          uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id      uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  name        text NOT NULL,
  level       smallint NOT NULL DEFAULT 1 CHECK (level BETWEEN 1 AND 3),
  created_by  uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX assessments_org_created_idx ON assessments (org_id, created_at DESC);

CREATE TABLE assessment_tasks (
  assessment_id  uuid NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  position       smallint NOT NULL,
  task_id        text NOT NULL REFERENCES tasks(id),
  PRIMARY KEY (assessment_id, position)
);

CREATE TABLE invites (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id           uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  assessment_id    uuid NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  code             text NOT NULL UNIQUE,
  candidate_name   text NOT NULL,
  candidate_email  text NOT NULL,
  expires_at       timestamptz NOT NULL,
  redeemed_at      timestamptz,
  revoked_at       timestamptz,
  created_by       uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX invites_org_created_idx ON invites (org_id, created_at DESC);
CREATE INDEX invites_assessment_idx ON invites (assessment_id);

CREATE TABLE interview_sessions (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id          uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  assessment_id   uuid NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
  invite_id       uuid NOT NULL UNIQUE REFERENCES invites(id) ON DELETE CASCADE,
  token_hash      text NOT NULL UNIQUE,
  state           text NOT NULL CHECK (state IN ('invited', 'in_progress', 'completed', 'expired', 'abandoned')),
  task_number     smallint NOT NULL DEFAULT 0,
  started_at      timestamptz,
  completed_at    timestamptz,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX interview_sessions_org_state_idx ON interview_sessions (org_id, state, created_at DESC);
CREATE INDEX interview_sessions_assessment_idx ON interview_sessions (assessment_id);

-- The id is made by the add-in, so a resent submission lands on the same row.
CREATE TABLE submissions (
  id           uuid PRIMARY KEY,
  org_id       uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  session_id   uuid NOT NULL REFERENCES interview_sessions(id) ON DELETE CASCADE,
  task_id      text NOT NULL REFERENCES tasks(id),
  snapshot     jsonb NOT NULL,
  received_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX submissions_session_idx ON submissions (session_id, received_at);
CREATE INDEX submissions_org_received_idx ON submissions (org_id, received_at DESC);
CREATE INDEX submissions_task_idx ON submissions (task_id);

CREATE TABLE scores (
  submission_id   uuid PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
  org_id          uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  score           numeric(5, 4) NOT NULL CHECK (score BETWEEN 0 AND 1),
  points          double precision NOT NULL,
  max_points      double precision NOT NULL,
  scorer_version  text NOT NULL,
  result          jsonb NOT NULL,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX scores_org_idx ON scores (org_id, created_at DESC);

-- What happened, in order: state transitions, submissions, candidate activity.
CREATE TABLE events (
  id          bigserial PRIMARY KEY,
  org_id      uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  session_id  uuid REFERENCES interview_sessions(id) ON DELETE CASCADE,
  type        text NOT NULL,
  payload     jsonb NOT NULL DEFAULT '{}'::jsonb,
  at          timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX events_session_idx ON events (session_id, id);
CREATE INDEX events_org_at_idx ON events (org_id, at DESC);

-- down
DROP TABLE events;
DROP TABLE scores;
DROP TABLE submissions;
DROP TABLE interview_sessions;
DROP TABLE invites;
DROP TABLE assessment_tasks;
DROP TABLE assessments;
DROP TABLE tasks;
DROP TABLE api_tokens;
DROP TABLE users;
DROP TABLE organisations;
