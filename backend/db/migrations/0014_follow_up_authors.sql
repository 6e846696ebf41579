-- A follow-up question is the task bank's (grounded in the hand-in) or, with a model configured, written by
-- the model about the candidate's own formula. The model's may replace the bank's only until the candidate
-- is shown the question.
ALTER TABLE follow_ups
  ADD COLUMN asked_by text NOT NULL DEFAULT 'bank' CHECK (asked_by IN ('bank', 'llm')),
  ADD COLUMN shown_at timestamptz;

-- down
ALTER TABLE follow_ups DROP COLUMN asked_by, DROP COLUMN shown_at;
