-- The recruiter's desk: a pipeline stage per interview (names set per organisation), notes, and read-only
-- links to a result for a hiring manager without an account.
ALTER TABLE organisations
  ADD COLUMN stages text[] NOT NULL DEFAULT ARRAY['New', 'Shortlisted', 'On hold', 'Rejected', 'Hired']
    CHECK (cardinality(stages) BETWEEN 1 AND 12);
ALTER TABLE interviews ADD COLUMN stage text NOT NULL DEFAULT 'New';

CREATE TABLE interview_notes (
  id          bigserial PRIMARY KEY,
  org_id      uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  session_id  uuid NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  user_id     uuid REFERENCES users(id) ON DELETE SET NULL,
  body        text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX interview_notes_session_idx ON interview_notes (session_id, id);

CREATE TABLE share_links (
  id              uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id          uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  session_id      uuid NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
  token_hash      text NOT NULL UNIQUE,
  created_by      uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at      timestamptz NOT NULL DEFAULT now(),
  expires_at      timestamptz NOT NULL,
  revoked_at      timestamptz,
  opens           integer NOT NULL DEFAULT 0,
  last_opened_at  timestamptz
);
CREATE INDEX share_links_session_idx ON share_links (session_id);

-- The interviews list pages by a cursor over (created_at, id), newest first, within filters.
CREATE INDEX interviews_list_idx ON interviews (org_id, created_at DESC, id DESC);

-- down
DROP INDEX interviews_list_idx;
DROP TABLE share_links;
DROP TABLE interview_notes;
ALTER TABLE interviews DROP COLUMN stage;
ALTER TABLE organisations DROP COLUMN stages;
