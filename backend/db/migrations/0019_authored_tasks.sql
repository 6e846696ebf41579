-- An organisation's own tasks, made from a starter and a solved workbook. A draft keeps both snapshots, the
-- derived task as the author edits it, and sample answers with the bands their author expects. Publishing
-- writes a task row; publishing the same task again writes a new version (a new id) and marks the older one
-- superseded, so assessments built with it keep it while the builder offers the newest.
ALTER TABLE tasks ADD COLUMN family text, ADD COLUMN version integer NOT NULL DEFAULT 1, ADD COLUMN superseded_at timestamptz;
CREATE UNIQUE INDEX tasks_family_version_idx ON tasks (org_id, family, version) WHERE family IS NOT NULL;

CREATE TABLE task_drafts (
  id                uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id            uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  created_by        uuid REFERENCES users(id) ON DELETE SET NULL,
  family            text NOT NULL,
  brief             jsonb NOT NULL,
  starter           jsonb NOT NULL,
  solved            jsonb NOT NULL,
  samples           jsonb NOT NULL DEFAULT '[]',
  task              jsonb NOT NULL,
  notes             jsonb NOT NULL DEFAULT '[]',
  self_tests        jsonb NOT NULL DEFAULT '[]',
  published_task_id text REFERENCES tasks(id),
  created_at        timestamptz NOT NULL DEFAULT now(),
  updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX task_drafts_org_idx ON task_drafts (org_id, updated_at DESC);

-- The task pane's author mode: a recruiter shows a one-time code in the dashboard, types it into the pane,
-- and the pane gets a short-lived token that may only capture the open workbook (as starter or solved) and
-- turn the two captures into a draft. Only hashes of the code and the token are kept.
CREATE TABLE author_links (
  id               uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  org_id           uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  user_id          uuid REFERENCES users(id) ON DELETE CASCADE,
  code_hash        text NOT NULL UNIQUE,
  code_expires_at  timestamptz NOT NULL,
  token_hash       text UNIQUE,
  token_expires_at timestamptz,
  starter          jsonb,
  solved           jsonb,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX author_links_org_idx ON author_links (org_id);

-- Per assessment, a candidate who cannot use the add-in may download each task's starter workbook from their
-- page and hand in the finished file; such a hand-in is marked, since it carries no record of the work.
ALTER TABLE assessments ADD COLUMN allow_file_upload boolean NOT NULL DEFAULT false;
ALTER TABLE submissions ADD COLUMN source text NOT NULL DEFAULT 'addin' CHECK (source IN ('addin', 'upload'));

-- down
ALTER TABLE submissions DROP COLUMN source;
ALTER TABLE assessments DROP COLUMN allow_file_upload;
DROP TABLE author_links;
DROP TABLE task_drafts;
DROP INDEX tasks_family_version_idx;
ALTER TABLE tasks DROP COLUMN family, DROP COLUMN version, DROP COLUMN superseded_at;
