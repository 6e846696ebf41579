-- The LLM's review of a hand-in, bounded: it can lower a task's score by at most its share, never raise
-- it, and is kept with the model and prompt version that produced it. One row per submission.
CREATE TABLE reviews (
  submission_id   uuid PRIMARY KEY REFERENCES submissions(id) ON DELETE CASCADE,
  org_id          uuid NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
  status          text NOT NULL CHECK (status IN ('reviewed', 'skipped', 'discarded')),
  reason          text,
  model           text,
  prompt_version  text,
  input_tokens    integer,
  output_tokens   integer,
  latency_ms      integer,
  review          jsonb,
  final_score     numeric(5, 4) NOT NULL CHECK (final_score BETWEEN 0 AND 1),
  integrity_flags jsonb NOT NULL DEFAULT '[]'::jsonb,
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reviews_org_idx ON reviews (org_id, created_at DESC);

-- How much of a task's score the LLM review may take away, per assessment (never more than half).
ALTER TABLE assessments ADD COLUMN llm_share numeric(3, 2) NOT NULL DEFAULT 0.20 CHECK (llm_share BETWEEN 0 AND 0.5);

-- down
ALTER TABLE assessments DROP COLUMN llm_share;
DROP TABLE reviews;
