-- An honest interview: the clock starts at Start, grace covers the network only, late work is kept but
-- marked, the overall score is out of the whole assessment, and follow-up answers count a bounded share.

ALTER TABLE assessments
  ADD COLUMN grace_seconds integer NOT NULL DEFAULT 30 CHECK (grace_seconds BETWEEN 0 AND 120),
  ADD COLUMN late_counts boolean NOT NULL DEFAULT false,
  ADD COLUMN follow_up_share numeric(3, 2) NOT NULL DEFAULT 0.10 CHECK (follow_up_share BETWEEN 0 AND 0.5);

-- Handed in after the overall limit and its grace: stored and scored (nothing is lost), counted per the assessment.
ALTER TABLE submissions ADD COLUMN late boolean NOT NULL DEFAULT false;

-- What the end screen tells candidates happens next, in the organisation's words.
ALTER TABLE organisations ADD COLUMN closing_message text;

-- down
ALTER TABLE organisations DROP COLUMN closing_message;
ALTER TABLE submissions DROP COLUMN late;
ALTER TABLE assessments DROP COLUMN grace_seconds, DROP COLUMN late_counts, DROP COLUMN follow_up_share;
