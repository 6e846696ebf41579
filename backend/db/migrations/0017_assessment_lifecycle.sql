-- Assessments are edited in place until someone is invited; after that an edit makes a new version (the old
-- one is archived, its interviews keep it), and any assessment may be archived: nothing needs SQL to retire.
ALTER TABLE assessments
  ADD COLUMN version integer NOT NULL DEFAULT 1,
  ADD COLUMN previous_id uuid REFERENCES assessments(id) ON DELETE SET NULL,
  ADD COLUMN archived_at timestamptz;

-- down
ALTER TABLE assessments DROP COLUMN archived_at, DROP COLUMN previous_id, DROP COLUMN version;
